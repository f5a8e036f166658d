package org.haven.audit;

import org.haven.assistance.AfterCareChecked;
import org.haven.assistance.CarePlanEvent;
import org.haven.assistance.CarePlanRead;
import org.haven.assistance.FollowUpContacted;
import org.haven.assistance.GoalAdded;
import org.haven.assistance.GoalSettled;
import org.haven.assistance.ServiceAdded;
import org.haven.assistance.ServiceUpdated;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records every read and change of a case's care plan: the case as subject, the need or
 * service type as the field, the new standing as the reason. Runs synchronously, in the
 * transaction of the fact.
 */
@Component
class AuditedCarePlanEvents {

	private final AuditTrail trail;

	AuditedCarePlanEvents(AuditTrail trail) {
		this.trail = trail;
	}

	@EventListener
	void carePlanEvent(CarePlanEvent event) {
		switch (event) {
			case CarePlanRead read -> record(Action.CARE_PLAN_READ, event, null);
			case GoalAdded added -> record(Action.GOAL_ADDED, event, null);
			case GoalSettled settled -> record(Action.GOAL_SETTLED, event, settled.status().name());
			case ServiceAdded added -> record(Action.SERVICE_ADDED, event, null);
			case ServiceUpdated updated -> record(Action.SERVICE_UPDATED, event, updated.status().name());
			case AfterCareChecked checked ->
				record(Action.AFTER_CARE_CHECKED, event, checked.riskFound() ? "risk found" : "no risk found");
			case FollowUpContacted contacted ->
				record(Action.FOLLOW_UP_CONTACT_RECORDED, event, (contacted.reached() ? "reached" : "not reached")
						+ (contacted.riskFound() ? ", risk found" : ", no risk found"));
		}
	}

	private void record(Action action, CarePlanEvent event, String reason) {
		this.trail.record(action, Outcome.ALLOWED, event.code(), event.parts(), reason);
	}

}
