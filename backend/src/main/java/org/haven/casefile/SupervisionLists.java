package org.haven.casefile;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.haven.access.AccountDirectory;
import org.haven.organisation.Teams;
import org.haven.person.PersonCode;
import org.haven.person.PersonService;
import org.haven.person.PersonSummary;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;

/**
 * The rows of the supervisors' lists as they read them, a page at a time: the usernames
 * of everyone a page names are looked up at once, so are the persons' profiles and the
 * cases of the persons a duplicate check matched; never once per row. Only sealed
 * assignments are shown.
 */
@Component
class SupervisionLists {

	private final CaseAccess access;

	private final CaseFileRepository cases;

	private final PersonService persons;

	private final AccountDirectory accounts;

	private final Teams teams;

	SupervisionLists(CaseAccess access, CaseFileRepository cases, PersonService persons, AccountDirectory accounts,
			Teams teams) {
		this.teams = teams;
		this.access = access;
		this.cases = cases;
		this.persons = persons;
		this.accounts = accounts;
	}

	List<CaseOverview> overviews(List<CaseFile> files) {
		Map<CaseFile, List<Assignment>> assignments = files.stream()
			.collect(Collectors.toMap(file -> file, this.access::assignments, (one, same) -> one));
		Map<UUID, String> names = usernamesOf(
				assignments.values().stream().flatMap(List::stream).map(Assignment::accountId).toList());
		Map<PersonCode, PersonSummary> profiles = this.persons.summaries(files.stream().map(CaseFile::person).toList());
		Map<UUID, String> teamNames = teamNames();
		return files.stream().map(file -> {
			PersonSummary person = profiles.get(file.person());
			return new CaseOverview(file.code(), file.status(),
					assignments.get(file)
						.stream()
						.map(assignment -> new Caseworker(assignment.accountId(),
								names.getOrDefault(assignment.accountId(), "?"), assignment.primary()))
						.toList(),
					file.opening().createdAt(), file.updatedAt(), file.answers().nextFollowUpOn(), file.closure(),
					person == null ? null : person.profile().gender(),
					person == null ? null : person.profile().ageBand(),
					person == null ? null : person.profile().nationality(), file.teamId(),
					teamNames.getOrDefault(file.teamId(), "?"), file.version());
		}).toList();
	}

	Page<BreakGlassRecord> breakGlassRecords(Page<BreakGlassGrants.Row> rows) {
		Set<UUID> staff = new HashSet<>();
		rows.forEach(row -> {
			staff.add(row.accountId());
			addIfPresent(staff, row.endedBy());
			addIfPresent(staff, row.reviewedBy());
		});
		Map<UUID, String> names = usernamesOf(staff);
		return rows.map(row -> new BreakGlassRecord(row.id(), row.code(), names.getOrDefault(row.accountId(), "?"),
				row.reason(), row.explained(), row.grantedAt(), row.expiresAt(), row.endedAt(),
				nameOf(names, row.endedBy()), row.reviewedAt(), nameOf(names, row.reviewedBy())));
	}

	Page<ErasureRequestRecord> erasureRecords(Page<ErasureRequests.Waiting> waiting) {
		Map<UUID, String> names = usernamesOf(
				waiting.stream().map(ErasureRequests.Waiting::requestedBy).filter(Objects::nonNull).toList());
		return waiting.map(request -> new ErasureRequestRecord(request.id(), request.code(), request.reason(),
				nameOf(names, request.requestedBy()), request.requestedAt(), request.closedOn(),
				request.lastAfterCareOn(), request.dueSince()));
	}

	/**
	 * Each follow-up with the cases of the matched persons in the teams that the
	 * caseworker does not work on, by code; cases whose link to their person fails are
	 * left out.
	 */
	Page<PossibleDuplicateRecord> duplicateRecords(Page<PossibleDuplicates.Row> rows, Set<UUID> teams) {
		Map<UUID, String> names = usernamesOf(rows.map(PossibleDuplicates.Row::caseworkerId).toList());
		Map<PersonCode, List<CaseFile>> casesOf = this.cases
			.findByPersonCodeIn(rows.stream().flatMap(row -> row.persons().stream()).map(PersonCode::value).toList())
			.stream()
			.filter(file -> teams.contains(file.teamId()) && this.access.intact(file))
			.collect(Collectors.groupingBy(CaseFile::person));
		return rows.map(row -> new PossibleDuplicateRecord(row.id(), names.getOrDefault(row.caseworkerId(), "?"),
				row.persons()
					.stream()
					.flatMap(person -> casesOf.getOrDefault(person, List.of()).stream())
					.filter(file -> !this.access.isAssigned(file, row.caseworkerId()))
					.map(CaseFile::code)
					.sorted(Comparator.comparing(CaseCode::value))
					.toList(),
				row.firstSeenAt(), row.lastSeenAt(), row.times()));
	}

	/** The teams' full names, by id: one query for a page. */
	Map<UUID, String> teamNames() {
		return this.teams.all().stream().collect(Collectors.toMap(Teams.TeamName::id, Teams.TeamName::fullName));
	}

	/**
	 * The waiting transfers with team and requester names; incoming when one of the
	 * reader's teams receives it and someone else asked.
	 */
	List<CaseTransferRecord> transferRecords(List<CaseTransfers.Waiting> waiting, Set<UUID> heldTeams, UUID me) {
		Map<UUID, String> names = teamNames();
		Map<UUID, String> requesters = usernamesOf(waiting.stream().map(CaseTransfers.Waiting::requestedBy).toList());
		return waiting.stream()
			.map(transfer -> new CaseTransferRecord(transfer.id(), transfer.code(),
					names.getOrDefault(transfer.fromTeam(), "?"), names.getOrDefault(transfer.toTeam(), "?"),
					requesters.getOrDefault(transfer.requestedBy(), "?"), transfer.requestedAt(),
					heldTeams.contains(transfer.toTeam()) && !transfer.requestedBy().equals(me)))
			.toList();
	}

	private Map<UUID, String> usernamesOf(Collection<UUID> ids) {
		return ids.isEmpty() ? Map.of() : this.accounts.usernamesOf(Set.copyOf(ids));
	}

	private static void addIfPresent(Set<UUID> ids, UUID id) {
		if (id != null) {
			ids.add(id);
		}
	}

	private static String nameOf(Map<UUID, String> names, UUID id) {
		return id == null ? null : names.getOrDefault(id, "?");
	}

}
