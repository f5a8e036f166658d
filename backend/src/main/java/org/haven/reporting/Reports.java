package org.haven.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.haven.casefile.CaseCode;
import org.haven.casefile.CaseFacts;
import org.haven.casefile.CaseStatistics;
import org.haven.consent.ConsentCheck;
import org.haven.consent.ConsentPurpose;
import org.haven.organisation.ReportScopes;
import org.haven.person.PersonCode;
import org.haven.person.PersonService;
import org.haven.person.PersonSummary;
import org.haven.shared.ReportExportReleased;
import org.haven.shared.ReportProduced;
import org.haven.shared.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The anonymised reports, for supervisors: persons, not cases, are counted, each once,
 * and only persons whose consent to anonymised statistics is live today on a case open in
 * the period, of the teams in the reader's report scope ({@link ReportScopes}) (the case
 * flow counts those persons' cases; services and referrals, the persons who had them
 * dated in the period). Every table passes through {@link DisclosureControl}; every
 * report read or exported is in the audit trail.
 */
@Service
@Transactional
@PreAuthorize("hasRole('" + Roles.SUPERVISOR + "')")
public class Reports {

	/** A row or column for persons of whom the characteristic is not recorded. */
	public static final String NOT_RECORDED = "NOT_RECORDED";

	private final CaseStatistics cases;

	private final PersonService persons;

	private final ConsentCheck consent;

	private final DisclosureControl control;

	private final ReportTables tables;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final ReportScopes scopes;

	private final ExportRuns runs;

	private final TransactionTemplate transactions;

	/** Reading thousands of cases: no snapshots to keep, nothing to flush. */
	private final TransactionTemplate readOnly;

	Reports(CaseStatistics cases, PersonService persons, ConsentCheck consent, DisclosureControl control,
			ReportTables tables, Clock clock, ApplicationEventPublisher events, ReportScopes scopes, ExportRuns runs,
			TransactionTemplate transactions) {
		this.runs = runs;
		this.transactions = transactions;
		this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
		this.readOnly.setReadOnly(true);
		this.scopes = scopes;
		this.cases = cases;
		this.persons = persons;
		this.consent = consent;
		this.control = control;
		this.tables = tables;
		this.clock = clock;
		this.events = events;
	}

	/** The report as a screen inside the organisation shows it. */
	@Transactional(readOnly = true)
	public Report read(ReportKind kind, ReportPeriod period) {
		int k = this.control.screenK();
		Report report = controlled(kind, period, k);
		this.events.publishEvent(new ReportProduced(kind.name(), period.from(), period.to(), k));
		return report;
	}

	/**
	 * Starts writing the report, under the export's k, into a file in the background
	 * ({@link ExportJobs}); refused while another export is being prepared. The file's
	 * SHA-256 goes into the audit trail before anyone can download it.
	 */
	public ExportJobId startExport(ReportKind kind, ReportPeriod period, ReportFile file) {
		return this.runs.start(file.fileName(), file.contentType(), new Export(kind, period, file));
	}

	private Report controlled(ReportKind kind, ReportPeriod period, int k) {
		List<CountTable> tables = this.tables.of(kind, countedPersons(period));
		return new Report(kind, period, k, this.control.controlled(tables, k));
	}

	/** One report's export, as the background run writes it. */
	private final class Export implements ExportWork {

		private final ReportKind kind;

		private final ReportPeriod period;

		private final ReportFile file;

		Export(ReportKind kind, ReportPeriod period, ReportFile file) {
			this.kind = kind;
			this.period = period;
			this.file = file;
		}

		@Override
		public @Nullable CoverSheet writeTo(OutputStream target, ExportProgress progress) throws IOException {
			progress.advance(5);
			int k = Reports.this.control.exportK();
			Report report = Reports.this.readOnly.execute(status -> controlled(this.kind, this.period, k));
			progress.advance(60);
			this.file.write(report, target);
			progress.advance(95);
			return null;
		}

		@Override
		public void released(String sha256, @Nullable CoverSheet cover) {
			Reports.this.transactions.executeWithoutResult(
					status -> Reports.this.events.publishEvent(new ReportExportReleased(this.kind.name(),
							this.period.from(), this.period.to(), Reports.this.control.exportK(), sha256)));
		}

	}

	/**
	 * The persons with a case open in the period and live consent to anonymised
	 * statistics on one of them, each person once, with those cases: the one way every
	 * report reaches cases.
	 */
	private CountedPersons countedPersons(ReportPeriod period) {
		ZoneId zone = this.clock.getZone();
		Instant from = period.from().atStartOfDay(zone).toInstant();
		Instant until = period.to().plusDays(1).atStartOfDay(zone).toInstant();
		List<CaseFacts> open = this.cases.openBetween(from, until, this.scopes.teamsOfSignedInUser());
		Map<UUID, CaseCode> codes = new HashMap<>();
		open.forEach(facts -> codes.put(facts.id(), facts.code()));
		Set<UUID> consenting = this.consent.liveAmong(codes, ConsentPurpose.ANONYMISED_STATISTICS);
		Map<PersonCode, List<CaseFacts>> byPerson = new LinkedHashMap<>();
		open.stream()
			.filter(facts -> consenting.contains(facts.id()))
			.forEach(facts -> byPerson.computeIfAbsent(facts.person(), person -> new ArrayList<>()).add(facts));
		Map<PersonCode, PersonSummary> summaries = this.persons.summaries(byPerson.keySet());
		List<CountedPersons.Person> counted = byPerson.entrySet()
			.stream()
			.filter(person -> summaries.get(person.getKey()) != null)
			.map(person -> new CountedPersons.Person(person.getKey(), summaries.get(person.getKey()).profile(),
					person.getValue()))
			.toList();
		return new CountedPersons(period, from, until, counted);
	}

}
