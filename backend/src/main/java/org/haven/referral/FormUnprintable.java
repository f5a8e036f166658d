package org.haven.referral;

/**
 * The printable referral form was refused rather than printed with text missing: a font
 * it needs is not installed, or the package holds a character none of its fonts can draw.
 * The message names the font file or counts the characters, never shows them: they may be
 * a person's name.
 */
public class FormUnprintable extends RuntimeException {

	private final String messageKey;

	FormUnprintable(String messageKey, String message) {
		super(message);
		this.messageKey = messageKey;
	}

	static FormUnprintable fontMissing(FormFont font) {
		return new FormUnprintable("referral.form.font-missing", "The referral form needs the font " + font.path()
				+ ": install the Debian package " + font.debianPackage() + " (docs/admin/install.md)");
	}

	static FormUnprintable charactersMissing(long count) {
		return new FormUnprintable("referral.form.characters-missing",
				"The referral form's fonts cannot draw " + count + " character(s) of the package");
	}

	/** What to tell the user, as a message key of the i18n bundles. */
	public String messageKey() {
		return this.messageKey;
	}

}
