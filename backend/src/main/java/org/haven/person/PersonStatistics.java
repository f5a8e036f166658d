package org.haven.person;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.haven.shared.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts over profiles, for anonymised reports: every person counts, erased ones
 * included, and no identity is read. Small cells are suppressed by the reports built on
 * these counts.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('" + Roles.SUPERVISOR + "', '" + Roles.CASEWORKER + "')")
public class PersonStatistics {

	/** The value for persons not yet asked. */
	public static final String NOT_ASKED = "NOT_ASKED";

	private final PersonRepository persons;

	PersonStatistics(PersonRepository persons) {
		this.persons = persons;
	}

	public Map<String, Long> countByGender() {
		return toMap(this.persons.countByGender());
	}

	public Map<String, Long> countByAgeBand() {
		return toMap(this.persons.countByAgeBand());
	}

	private static Map<String, Long> toMap(List<Object[]> rows) {
		Map<String, Long> counts = new LinkedHashMap<>();
		rows.forEach(row -> counts.put((String) row[0], ((Number) row[1]).longValue()));
		return counts;
	}

}
