package org.haven.assessment;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One version of an instrument with its items and their texts in every language: a draft
 * an administrator is editing, a published version, or a retired one (kept for the
 * administrations made with it, closed to new ones).
 */
public record Instrument(InstrumentVersion id, InstrumentKind kind, Standing standing, Map<String, String> labels,
		List<Item> items, @Nullable ScreenRule rule) {

	public static final String LABEL = "label";

	public Instrument {
		labels = Map.copyOf(labels);
		items = List.copyOf(items);
	}

	public enum Standing {

		DRAFT, PUBLISHED, RETIRED

	}

	/** The instrument's label in a language, English where it has none. */
	public String label(String language) {
		return Texts.in(this.labels, language);
	}

	/**
	 * A domain or a question. A domain has a label and a definition of each score
	 * ({@code score-1} .. {@code score-4}) and names the needs whose goals address a low
	 * score; a question has a label, a weight and whether a yes decides alone.
	 */
	public record Item(String code, int position, @Nullable Integer weight, boolean decisive, List<String> needs,
			Map<String, Map<String, String>> texts) {

		public Item {
			needs = List.copyOf(needs);
			texts = Map.copyOf(texts);
		}

		public String label(String language) {
			return text(LABEL, language);
		}

		public String scoreDefinition(int score, String language) {
			return text(scoreKey(score), language);
		}

		public String text(String key, String language) {
			return Texts.in(this.texts.getOrDefault(key, Map.of()), language);
		}

		public static String scoreKey(int score) {
			return "score-" + score;
		}

	}

	/** Texts by language. */
	static final class Texts {

		private Texts() {
		}

		static String in(Map<String, String> byLanguage, String language) {
			String text = byLanguage.get(language);
			return text != null ? text : byLanguage.getOrDefault("en", "");
		}

	}

}
