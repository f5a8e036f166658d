package org.haven.casefile;

import java.time.Instant;
import java.util.UUID;

import org.haven.shared.IdentityData;

/**
 * A note on a case. The text is null while an extra-sensitive note is masked, and when
 * the person was erased (unreadable).
 */
@IdentityData
public record Note(UUID id, String author, Instant writtenAt, boolean extraSensitive, String text, boolean unreadable) {

	public boolean masked() {
		return this.text == null && !this.unreadable;
	}

}
