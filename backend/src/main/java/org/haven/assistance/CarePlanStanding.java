package org.haven.assistance;

import java.time.LocalDate;
import java.util.List;

/**
 * Where a case's care plan stands, as a supervisor sees it: needs, goals and services by
 * their codes, statuses and dates only. It has no field for free text (a goal's
 * description, a provider's name, an outcome), so none can reach a supervisor's screen.
 */
public record CarePlanStanding(List<Need> needs) {

	public CarePlanStanding {
		needs = List.copyOf(needs);
	}

	/** A need, whether it is recorded on the case now, and the goals set for it. */
	public record Need(String need, boolean recorded, List<GoalStanding> goals) {

		public Need {
			goals = List.copyOf(goals);
		}

	}

	/** A goal: whether the person took part in setting it, its status since when. */
	public record GoalStanding(boolean agreedWithPerson, GoalStatus status, LocalDate statusOn,
			List<ServiceStanding> services) {

		public GoalStanding {
			services = List.copyOf(services);
		}

	}

	/**
	 * A service by its type: who provides it, when asked for and due, where it stands.
	 */
	public record ServiceStanding(String type, ProvidedBy providedBy, LocalDate requestedOn, LocalDate dueBy,
			ServiceStatus status, LocalDate deliveredOn) {

		/** Whether it is still to come and its due day has passed. */
		public boolean overdueOn(LocalDate day) {
			return this.status.stillDue() && this.dueBy != null && this.dueBy.isBefore(day);
		}

	}

}
