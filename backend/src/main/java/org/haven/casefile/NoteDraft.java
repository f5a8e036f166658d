package org.haven.casefile;

import java.time.Instant;

import org.haven.shared.IdentityData;

/**
 * A note its caseworker was typing on a case and has not added yet, kept so that nothing
 * typed is lost. Only its author ever reads it. The text is null when the stored draft
 * failed its integrity check.
 */
@IdentityData
public record NoteDraft(String text, Instant savedAt) {

	public boolean failedIntegrityCheck() {
		return this.text == null;
	}

	@Override
	public String toString() {
		return "NoteDraft[hidden]";
	}

}
