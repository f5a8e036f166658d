package org.haven.assistance;

import java.util.List;

import org.haven.casefile.CaseCode;

/** A caseworker recorded where a service stands. */
public record ServiceUpdated(CaseCode code, String type, ServiceStatus status) implements CarePlanEvent {

	@Override
	public List<String> parts() {
		return List.of("service:" + this.type);
	}

}
