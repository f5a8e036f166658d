package org.haven.casefile;

import java.util.Optional;
import java.util.UUID;

import org.haven.shared.PseudonymousId;

/** How an unfinished intake is known: a random id, in the caseworker's own list only. */
public record DraftId(UUID id) implements PseudonymousId {

	public static Optional<DraftId> parse(String text) {
		try {
			return Optional.of(new DraftId(UUID.fromString(text)));
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			return Optional.empty();
		}
	}

	@Override
	public String type() {
		return "INTAKE";
	}

	@Override
	public String value() {
		return this.id.toString();
	}

	@Override
	public String toString() {
		return value();
	}

}
