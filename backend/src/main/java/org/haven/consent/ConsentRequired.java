package org.haven.consent;

import java.util.List;

import org.haven.shared.InvalidInputException;
import org.haven.shared.Problem;

/**
 * The data may not be used for this purpose: the person never consented, consented to a
 * later day, withdrew, or the consent expired. The message says which, in the user's
 * language; it names neither the person nor what they said.
 */
public class ConsentRequired extends InvalidInputException {

	private final ConsentPurpose purpose;

	private final ConsentState state;

	ConsentRequired(ConsentPurpose purpose, ConsentState state) {
		super(List.of(Problem.ofForm(state.refusalKey())));
		this.purpose = purpose;
		this.state = state;
	}

	public ConsentPurpose purpose() {
		return this.purpose;
	}

	public ConsentState state() {
		return this.state;
	}

}
