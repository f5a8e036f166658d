package org.haven.casefile;

import org.haven.shared.IdentityData;

/**
 * What a caseworker wrote to explain a break-glass opening: free text, which may name the
 * person, so revealed one at a time and recorded like an identity.
 */
@IdentityData
public record BreakGlassExplanation(String text) {

	@Override
	public String toString() {
		return "BreakGlassExplanation[…]";
	}

}
