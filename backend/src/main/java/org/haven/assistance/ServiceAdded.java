package org.haven.assistance;

import java.util.List;

import org.haven.casefile.CaseCode;

/** A caseworker arranged a service for a goal. */
public record ServiceAdded(CaseCode code, String type) implements CarePlanEvent {

	@Override
	public List<String> parts() {
		return List.of("service:" + this.type);
	}

}
