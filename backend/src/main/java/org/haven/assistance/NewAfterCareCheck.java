package org.haven.assistance;

import java.time.LocalDate;
import java.util.List;

/**
 * An after-care check as the caseworker records it: whether the person was reached and
 * how, how safe they are now, the short re-trafficking screen (approached with work or
 * travel that worried them; pressed about a debt; unsafe where they live), the services
 * they still need (codes of the service types list), and notes.
 */
public record NewAfterCareCheck(LocalDate checkedOn, boolean contactMade, ContactChannel channel, SafetyNow safetyNow,
		ScreenAnswer approachedWithWorkOrTravel, ScreenAnswer pressedAboutDebt, ScreenAnswer unsafeWhereLiving,
		List<String> servicesStillNeeded, String notes) {

	public NewAfterCareCheck {
		servicesStillNeeded = servicesStillNeeded == null ? List.of() : List.copyOf(servicesStillNeeded);
	}

	/** Whether the check found a risk: unsafe now, or a yes on the screen. */
	public boolean findsRisk() {
		return this.safetyNow == SafetyNow.UNSAFE || this.approachedWithWorkOrTravel == ScreenAnswer.YES
				|| this.pressedAboutDebt == ScreenAnswer.YES || this.unsafeWhereLiving == ScreenAnswer.YES;
	}

}
