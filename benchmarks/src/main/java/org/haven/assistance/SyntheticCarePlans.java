package org.haven.assistance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.haven.casefile.CaseCode;
import org.haven.crypto.OwnerCipher;

/**
 * A care plan as the caseworker's screen leaves it: a goal for a need, agreed with the
 * person, with its description encrypted under the case's data key, and a service for it,
 * requested on a day, later settled with an encrypted outcome. The rows are in the
 * columns of {@code care_goal} and {@code care_service}; the events are the ones the care
 * plan publishes, for the audit trail.
 */
public final class SyntheticCarePlans {

	public static final String GOAL_COLUMNS = "id, case_id, need, description, agreed_with_person, status, status_on, "
			+ "created_by, created_at, version";

	public static final String SERVICE_COLUMNS = "id, case_id, case_code, goal_id, service_type, provided_by, provider, "
			+ "requested_on, due_by, status, delivered_on, outcome, overdue_task_raised, created_by, created_at, "
			+ "version";

	private static final String INVENTED = "Invented for the benchmarks";

	private SyntheticCarePlans() {
	}

	/**
	 * The goal and the service for one need, requested at {@code requested} and settled
	 * as {@code settledAs} at {@code settled} when that is not later than {@code now}.
	 */
	public static Planned planned(OwnerCipher cipher, UUID caseId, CaseCode code, UUID caseworker, String need,
			String type, boolean byPartner, Instant requested, Instant settled, ServiceStatus settledAs, Instant now,
			ZoneId zone) {
		UUID goal = UUID.randomUUID();
		UUID service = UUID.randomUUID();
		LocalDate requestedOn = LocalDate.ofInstant(requested, zone);
		boolean isSettled = !settled.isAfter(now) && settledAs != ServiceStatus.PLANNED;
		ServiceStatus status = isSettled ? settledAs : ServiceStatus.PLANNED;
		LocalDate deliveredOn = status == ServiceStatus.DELIVERED ? LocalDate.ofInstant(settled, zone) : null;
		Object[] goalRow = { goal, caseId, need, cipher.encrypt(GoalEntry.descriptionField(goal), INVENTED), true,
				GoalStatus.OPEN.name(), null, caseworker, requested, 0 };
		Object[] serviceRow = { service, caseId, code.value(), goal, type,
				(byPartner ? ProvidedBy.PARTNER : ProvidedBy.IN_HOUSE).name(),
				byPartner ? "Benchmark partner" : "Benchmark in-house team", requestedOn, requestedOn.plusDays(30),
				status.name(), deliveredOn,
				isSettled ? cipher.encrypt(ServiceEntry.outcomeField(service), INVENTED) : null, false, caseworker,
				requested, isSettled ? 1 : 0 };
		List<Event> events = new ArrayList<>(
				List.of(new Event(requested, "GOAL_ADDED", new GoalAdded(code, need).parts(), null),
						new Event(requested, "SERVICE_ADDED", new ServiceAdded(code, type).parts(), null)));
		if (isSettled) {
			events.add(new Event(settled, "SERVICE_UPDATED", new ServiceUpdated(code, type, status).parts(),
					status.name()));
		}
		return new Planned(goalRow, serviceRow, events);
	}

	/** The rows of one goal and its service, and the audit events they leave. */
	public record Planned(Object[] goal, Object[] service, List<Event> events) {
	}

	/** An audit event of the care plan: when, which action, its parts, its reason. */
	public record Event(Instant at, String action, List<String> parts, String reason) {
	}

}
