package org.haven.reference;

import java.util.LinkedHashMap;
import java.util.Map;

import org.haven.shared.LanguageTags;

/** Labels in every language for items that tests add. */
public final class TestLabels {

	private TestLabels() {
	}

	/** The English label, and in every other language that label marked with its tag. */
	public static Map<String, String> of(String english) {
		Map<String, String> labels = new LinkedHashMap<>();
		LanguageTags.ALL.forEach(language -> labels.put(language, english + " (" + language + ")"));
		labels.put(LanguageTags.FALLBACK, english);
		return labels;
	}

	/** As {@link #of(String)}, with the label in one language replaced. */
	public static Map<String, String> of(String english, String language, String label) {
		Map<String, String> labels = of(english);
		labels.put(language, label);
		return labels;
	}

}
