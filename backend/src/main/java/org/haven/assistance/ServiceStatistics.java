package org.haven.assistance;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.haven.shared.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The services of the care plans of some cases, by type and status only, for the
 * anonymised reports supervisors read. No provider, no outcome text leaves here.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Roles.SUPERVISOR + "')")
public class ServiceStatistics {

	private final ServiceEntries services;

	ServiceStatistics(ServiceEntries services) {
		this.services = services;
	}

	/**
	 * The services arranged on these cases that were requested or delivered from
	 * {@code from} to {@code to}, both days included, each by its case, type and status.
	 */
	public List<ServiceFact> servicesOf(Collection<UUID> cases, LocalDate from, LocalDate to) {
		if (cases.isEmpty()) {
			return List.of();
		}
		return this.services.findOfCasesDatedBetween(cases, from, to)
			.stream()
			.map(service -> new ServiceFact(service.caseId(), service.type(), service.status()))
			.toList();
	}

	/** A service as statistics may count it: its case, its type code, its status. */
	public record ServiceFact(UUID caseId, String type, ServiceStatus status) {
	}

}
