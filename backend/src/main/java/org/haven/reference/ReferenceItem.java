package org.haven.reference;

import java.util.Locale;
import java.util.Map;

import org.haven.shared.LanguageTags;

/**
 * One item of a coded list as users see it, with a label in each language Haven is
 * written in. A retired item is no longer offered for new entries but still reads, since
 * cases recorded earlier may hold its code. An online item (a recruitment channel or a
 * means of control) is ICT-facilitated, and reports count it apart.
 */
public record ReferenceItem(ReferenceList list, String code, Map<String, String> labels, int position, boolean retired,
		long version, boolean online) {

	public ReferenceItem {
		labels = Map.copyOf(labels);
	}

	public ReferenceItem(ReferenceList list, String code, Map<String, String> labels, int position, boolean retired,
			long version) {
		this(list, code, labels, position, retired, version, false);
	}

	/**
	 * The label in the user's language, or in English where that language has none yet.
	 */
	public String label(Locale locale) {
		return label(LanguageTags.of(locale));
	}

	/**
	 * The label under this language tag, or in English where that language has none yet.
	 */
	public String label(String languageTag) {
		String label = this.labels.get(languageTag);
		return label != null ? label : this.labels.getOrDefault(LanguageTags.FALLBACK, this.code);
	}

}
