package org.haven.reference;

import java.util.Locale;

/**
 * One item of a coded list as users see it. A retired item is no longer offered for new
 * entries but still reads, since cases recorded earlier may hold its code.
 */
public record ReferenceItem(ReferenceList list, String code, String labelEnglish, String labelChinese, int position,
		boolean retired, long version) {

	/** The label in the user's language: Chinese for any Chinese locale, else English. */
	public String label(Locale locale) {
		return locale != null && "zh".equals(locale.getLanguage()) ? this.labelChinese : this.labelEnglish;
	}

}
