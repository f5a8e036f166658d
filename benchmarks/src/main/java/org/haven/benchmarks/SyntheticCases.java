package org.haven.benchmarks;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.haven.BenchmarkApplication;
import org.haven.access.AccountDirectory;
import org.haven.audit.BenchmarkChain;
import org.haven.casefile.BenchmarkSeals;
import org.haven.casefile.CaseCode;
import org.haven.casefile.CaseStatus;
import org.haven.casefile.CaseCreated;
import org.haven.consent.ConsentPurpose;
import org.haven.consent.ConsentRecorded;
import org.haven.consent.SyntheticConsents;
import org.haven.crypto.AuthorizationSeal;
import org.haven.crypto.BulkKeys;
import org.haven.organisation.Teams;
import org.haven.person.DocumentType;
import org.haven.person.Identity;
import org.haven.person.PersonCode;
import org.haven.assessment.SyntheticAssessments;
import org.haven.assistance.SyntheticCarePlans;
import org.haven.demo.SyntheticStories;
import org.haven.person.AgeBand;
import org.haven.person.PersonRegistered;
import org.haven.person.Profile;
import org.haven.person.SyntheticIdentities;
import org.postgresql.PGConnection;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fills a database with synthetic cases, each as a finished intake leaves it: a person
 * with an encrypted identity under a data key of its own and blind-index entries, the
 * case (sealed link to the person, a data key of its own, the main team, and the profile,
 * situation, needs and non-punishment record of a demo story) with its primary
 * caseworker's sealed assignment, its consent records (the intake's, and anonymised
 * statistics), the goals and services of its care plan requested since and its baseline
 * and endline assessments (a demo story's), and the audit events all these write, then
 * linked into the chain by Haven's own sealer. The rows are made with Haven's own
 * ciphers, seals and converters, in parallel, and written with COPY. Every hundredth case
 * is the benchmarks' caseworker {@value BenchmarkApplication#CASEWORKER}'s, the others
 * {@value #OTHER_CASEWORKER}'s. Identities are deterministic per case number, so that a
 * benchmark knows what it looks for; codes are scattered as the application's random ones
 * are.
 */
public final class SyntheticCases {

	public static final String OTHER_CASEWORKER = "chen";

	/** One case in this many is the benchmarks' caseworker's. */
	public static final int CASEWORKER_EVERY = 100;

	static final int CHUNK = 1_000;

	private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

	private static final List<String> GIVEN_NAMES = List.of("María José", "Amina", "Oksana", "Li Wei", "Fatou",
			"Nguyen Thi", "Olena", "Ana Lucía", "Grace", "Mariam", "Irina", "Joy", "Sofía", "Aisha", "Daniel", "Emeka");

	private final ApplicationContext context;

	private final JdbcTemplate jdbc;

	private final DataSource dataSource;

	private final BulkKeys keys;

	private final AuthorizationSeal seal;

	private final Clock clock;

	private final UUID caseworker;

	private final UUID otherCaseworker;

	private final String caseworkerRecordedId;

	private final String otherRecordedId;

	private final SyntheticStories stories;

	private final SyntheticAssessments assessments;

	private final Instant now;

	private final int cases;

	private final long firstCode;

	private boolean plaintextNames;

	private final AtomicLong eventsWritten = new AtomicLong();

	/**
	 * A generator of {@code cases} cases (the size names and dates depend on), numbered
	 * from a random start so that another fill of the same database does not collide.
	 */
	public SyntheticCases(ApplicationContext context, int cases) {
		this.context = context;
		this.jdbc = context.getBean(JdbcTemplate.class);
		this.dataSource = this.jdbc.getDataSource();
		this.keys = new BulkKeys(context);
		this.seal = context.getBean(AuthorizationSeal.class);
		this.clock = context.getBean(Clock.class);
		AccountDirectory accounts = context.getBean(AccountDirectory.class);
		this.caseworker = accounts.idOf(BenchmarkApplication.CASEWORKER).orElseThrow();
		this.otherCaseworker = accounts.idOf(OTHER_CASEWORKER).orElseThrow();
		this.caseworkerRecordedId = accounts.recordedIdOf(BenchmarkApplication.CASEWORKER).orElseThrow().toString();
		this.otherRecordedId = accounts.recordedIdOf(OTHER_CASEWORKER).orElseThrow().toString();
		this.now = this.clock.instant();
		this.cases = cases;
		this.firstCode = new SplittableRandom().nextLong(1L << 39);
		this.stories = new SyntheticStories(this.firstCode);
		this.assessments = new SyntheticAssessments(context);
	}

	/**
	 * Also writes every family name in clear into {@code benchmark_plain_person (id,
	 * family_name)}, which the caller created: what Haven never does, for a benchmark to
	 * compare with.
	 */
	public SyntheticCases withPlaintextNames() {
		this.plaintextNames = true;
		return this;
	}

	/** How many different family names the cases share: about twenty persons each. */
	public static int surnames(int cases) {
		return Math.max(5, cases / 20);
	}

	/** The family name of case number {@code index} among {@code cases}. */
	public static String familyNameOf(int index, int cases) {
		return "Surname" + Integer.toString((index % surnames(cases)) * 7919 + 104729, 36);
	}

	/** Writes all the cases, then seals the audit chain over their events. */
	public Filled fill() throws Exception {
		long started = System.nanoTime();
		int threads = Runtime.getRuntime().availableProcessors();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<?>> chunks = new ArrayList<>();
			for (int first = 0; first < this.cases; first += CHUNK) {
				int from = first;
				int to = Math.min(this.cases, first + CHUNK);
				chunks.add(pool.submit(() -> {
					write(from, to);
					return null;
				}));
			}
			for (Future<?> chunk : chunks) {
				chunk.get();
			}
		}
		finally {
			pool.shutdown();
		}
		long written = System.nanoTime();
		this.jdbc.execute("analyze");
		BenchmarkChain.sealEverything(this.context);
		return new Filled(this.cases, this.eventsWritten.get(), Duration.ofNanos(written - started),
				Duration.ofNanos(System.nanoTime() - written));
	}

	/** The rows of case number {@code index}, as its intake writes them. */
	public Rows rowsOf(int index) {
		return rowsOf(index, false);
	}

	/**
	 * The rows of case number {@code index}, as its intake writes them and, with
	 * {@code carePlan}, as its care plan's services since then add to them.
	 */
	private Rows rowsOf(int index, boolean carePlan) {
		SplittableRandom random = new SplittableRandom(this.firstCode * 31 + index);
		UUID personId = UUID.randomUUID();
		UUID caseId = UUID.randomUUID();
		String number = number(scrambled(this.firstCode + index));
		String personCode = new PersonCode("P-" + number).value();
		String caseCode = new CaseCode("C-" + number).value();
		boolean mine = index % CASEWORKER_EVERY == 0;
		UUID assigned = mine ? this.caseworker : this.otherCaseworker;
		String recordedId = mine ? this.caseworkerRecordedId : this.otherRecordedId;
		String username = mine ? BenchmarkApplication.CASEWORKER : OTHER_CASEWORKER;
		Instant at = this.now.minus(Duration.ofDays(365).multipliedBy(index).dividedBy(Math.max(1, this.cases)));
		Rows rows = new Rows();
		SyntheticStories.Told told = this.stories.told(index, this.now);

		BulkKeys.DataKey personKey = this.keys.newDataKey(personId);
		SyntheticIdentities.Stored identity = SyntheticIdentities.stored(personKey.cipher(),
				identityOf(index, told.profile().ageBand(), random), told.profile(), this.clock);
		List<Object> person = new ArrayList<>();
		person.add(personId);
		person.add(personCode);
		person.addAll(identity.ciphertexts());
		Profile profile = identity.profile();
		person.addAll(Arrays.asList(profile.gender().name(), profile.birthYear(), profile.ageBand().name(),
				profile.nationality(), nameOf(profile.disability()), nameOf(profile.migrationStatus()),
				profile.languages().toArray(String[]::new),
				profile.vulnerabilityFactors().stream().map(Enum::name).sorted().toArray(String[]::new), at, at, 0));
		rows.add(Table.PERSON, person.toArray());
		rows.add(Table.DATA_KEY, personId, personKey.wrapped(), personKey.masterKeyId(), at, at);
		this.keys.entries(identity.indexed())
			.forEach(entry -> rows.add(Table.BLIND_INDEX, personId, entry.kind(), entry.keyId(), entry.digest()));

		if (this.plaintextNames) {
			rows.add(Table.PLAINTEXT_NAME, personId, familyNameOf(index, this.cases));
		}

		BulkKeys.DataKey caseKey = this.keys.newDataKey(caseId);
		rows.add(Table.DATA_KEY, caseId, caseKey.wrapped(), caseKey.masterKeyId(), at, at);
		List<String> answers = BenchmarkSeals.answerColumns(told.situation(), told.needs(), told.nonPunishment());
		rows.add(Table.CASE_FILE, caseId, caseCode, personCode, STATUSES.get(index % STATUSES.size()), true, at,
				answers.get(0), answers.get(1), answers.get(2),
				LocalDate.ofInstant(at, this.clock.getZone()).plusDays(14 + random.nextInt(60)), assigned, at, at, 0, 1,
				BenchmarkSeals.link(this.seal, caseId, caseCode, personCode, 1), Teams.MAIN_TEAM,
				BenchmarkSeals.team(this.seal, caseId, caseCode, Teams.MAIN_TEAM, 1));
		rows.add(Table.CASE_CASEWORKER, caseId, assigned, true,
				BenchmarkSeals.assignment(this.seal, caseId, assigned, true, 1));
		SyntheticConsents.ofNewCase(this.seal, caseId, personCode, assigned, at)
			.forEach(consent -> rows.add(Table.CONSENT_RECORD, consent));

		PersonRegistered registered = new PersonRegistered(new PersonCode(personCode), identity.filledFields());
		rows.add(Table.AUDIT_EVENT, audit(at, recordedId, username, "PERSON_REGISTERED", registered.code().type(),
				personCode, registered.parts(), null));
		CaseCode code = new CaseCode(caseCode);
		for (ConsentPurpose purpose : SyntheticConsents.purposes()) {
			ConsentRecorded recorded = new ConsentRecorded(code, purpose, "", 1, null);
			rows.add(Table.AUDIT_EVENT, audit(at, recordedId, username, "CONSENT_RECORDED", code.type(), caseCode,
					recorded.parts(), "version 1"));
		}
		rows.add(Table.AUDIT_EVENT, audit(at, recordedId, username, "CASE_CREATED", code.type(), caseCode,
				new CaseCreated(code, null).parts(), null));
		if (carePlan && told.caseManagement()) {
			rows.add(Table.CONSENT_RECORD,
					SyntheticConsents.caseManagement(this.seal, caseId, personCode, assigned, at));
			rows.add(Table.AUDIT_EVENT,
					audit(at, recordedId, username, "CONSENT_RECORDED", code.type(), caseCode,
							new ConsentRecorded(code, ConsentPurpose.CASE_MANAGEMENT_SERVICES, "", 1, null).parts(),
							"version 1"));
			for (SyntheticStories.Service service : told.services()) {
				Instant requested = at.plus(service.requested());
				if (requested.isAfter(this.now)) {
					continue;
				}
				SyntheticCarePlans.Planned planned = SyntheticCarePlans.planned(caseKey.cipher(), caseId, code,
						assigned, service.need(), service.type(), service.byPartner(), requested,
						at.plus(service.settled()), service.settledAs(), this.now, this.clock.getZone());
				rows.add(Table.CARE_GOAL, planned.goal());
				rows.add(Table.CARE_SERVICE, planned.service());
				planned.events()
					.forEach(event -> rows.add(Table.AUDIT_EVENT, audit(event.at(), recordedId, username,
							event.action(), code.type(), caseCode, event.parts(), event.reason())));
			}
			assessed(rows, told, caseKey, caseId, code, personCode, index, assigned, recordedId, username, at);
		}
		return rows;
	}

	/** The baseline and endline the story tells of, where their days have come. */
	private void assessed(Rows rows, SyntheticStories.Told told, BulkKeys.DataKey caseKey, UUID caseId, CaseCode code,
			String personCode, int index, UUID assigned, String recordedId, String username, Instant at) {
		if (told.baseline() == null || at.plus(told.baseline()).isAfter(this.now)) {
			return;
		}
		Instant baseline = at.plus(told.baseline());
		Instant endline = told.endline() == null || at.plus(told.endline()).isAfter(this.now) ? null
				: at.plus(told.endline());
		this.assessments
			.of(caseKey.cipher(), caseId, personCode, CaseStatus.valueOf(STATUSES.get(index % STATUSES.size())),
					assigned, day(baseline), baseline, endline == null ? null : day(endline), endline, told::score,
					day(this.now))
			.forEach(recorded -> {
				rows.add(Table.ASSESSMENT_ADMINISTRATION, recorded.administration());
				recorded.answers().forEach(answer -> rows.add(Table.ASSESSMENT_ANSWER, answer));
				rows.add(Table.AUDIT_EVENT, audit(recorded.at(), recordedId, username, "ASSESSMENT_RECORDED",
						code.type(), code.value(), recorded.parts(), recorded.reason()));
			});
	}

	private LocalDate day(Instant instant) {
		return LocalDate.ofInstant(instant, this.clock.getZone());
	}

	private static final List<String> STATUSES = List.of("INTAKE", "ASSESSMENT", "ACTIVE_ASSISTANCE",
			"REINTEGRATION_FOLLOW_UP");

	private static Object[] audit(Instant at, String actorId, String username, String action, String subjectType,
			String subjectId, List<String> fields, String reason) {
		return new Object[] { at, actorId, username, "CASEWORKER", action, subjectType, subjectId,
				String.join(",", fields), "ALLOWED", reason };
	}

	/** An invented identity whose date of birth falls in the story's age band. */
	private Identity identityOf(int index, AgeBand band, SplittableRandom random) {
		List<Integer> ages = IntStream.range(0, 80).filter(age -> AgeBand.of(age) == band).boxed().toList();
		LocalDate born = LocalDate.ofInstant(this.now, this.clock.getZone())
			.minusYears(ages.get(random.nextInt(ages.size())))
			.minusDays(1 + random.nextInt(360));
		return new Identity(GIVEN_NAMES.get(random.nextInt(GIVEN_NAMES.size())), familyNameOf(index, this.cases),
				List.of(), born,
				List.of(String.format("+33 6 %02d %02d %02d %02d", random.nextInt(100), random.nextInt(100),
						random.nextInt(100), random.nextInt(100))),
				null, List.of("12 rue des Lilas\n75011 Paris"), DocumentType.PASSPORT,
				String.format("X%08d", random.nextInt(100_000_000)), null);
	}

	private static String nameOf(Enum<?> value) {
		return value == null ? null : value.name();
	}

	/**
	 * A bijection of the 40-bit numbers that scatters consecutive ones: the application
	 * draws its codes at random, and codes numbered in sequence would hash alike, which
	 * the application's sets and maps of codes are not built for.
	 */
	static long scrambled(long value) {
		long mask = (1L << 40) - 1;
		long scattered = (value * 0x9E3779B97BL) & mask;
		scattered ^= scattered >>> 21;
		scattered = (scattered * 0xC2B2AE3D27L) & mask;
		return scattered ^ (scattered >>> 19);
	}

	private static String number(long value) {
		StringBuilder digits = new StringBuilder();
		for (int i = 0; i < 8; i++) {
			digits.insert(0, ALPHABET.charAt((int) (value % 32)));
			value /= 32;
		}
		return digits.substring(0, 4) + "-" + digits.substring(4);
	}

	private void write(int from, int to) throws SQLException {
		Map<Table, CopyText> text = new EnumMap<>(Table.class);
		for (Table table : Table.values()) {
			text.put(table, new CopyText());
		}
		for (int index = from; index < to; index++) {
			rowsOf(index, true).values.forEach((table, rows) -> rows.forEach(row -> text.get(table).row(row)));
		}
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			var copy = connection.unwrap(PGConnection.class).getCopyAPI();
			try {
				for (Table table : Table.values()) {
					if (text.get(table).isEmpty()) {
						continue;
					}
					long copied = copy.copyIn(
							"copy " + table.name + " (" + table.columns + ") from stdin with (format csv)",
							new StringReader(text.get(table).toString()));
					if (table == Table.AUDIT_EVENT) {
						this.eventsWritten.addAndGet(copied);
					}
				}
				connection.commit();
			}
			catch (SQLException | java.io.IOException ex) {
				connection.rollback();
				throw new SQLException("Cannot write synthetic cases", ex);
			}
		}
	}

	/** What a fill wrote, and how long writing and sealing took. */
	public record Filled(int cases, long auditEvents, Duration writing, Duration sealing) {

		public double casesPerSecond() {
			return this.cases * 1000.0 / Math.max(1, this.writing.plus(this.sealing).toMillis());
		}

	}

	/** The tables a case's rows go into, in the order that their references need. */
	public enum Table {

		PERSON("person",
				"id, code, given_names, family_names, aliases, date_of_birth, phone_numbers, email, addresses, "
						+ "document_type, document_number, identifying_remarks, gender, birth_year, age_band, "
						+ "nationality, disability, migration_status, languages, vulnerability_factors, created_at, "
						+ "updated_at, version"),

		DATA_KEY("data_key", "owner_id, wrapped_key, master_key_id, created_at, wrapped_at"),

		BLIND_INDEX("blind_index", "owner_id, kind, key_id, digest"),

		CASE_FILE("case_file",
				"id, code, person_code, status, consent_to_record, consent_recorded_at, situation, needs, "
						+ "non_punishment, next_follow_up_on, created_by, created_at, updated_at, version, "
						+ "assignment_generation, seal, team_id, team_seal"),

		CASE_CASEWORKER("case_caseworker", "case_id, account_id, is_primary, seal"),

		CONSENT_RECORD("consent_record", SyntheticConsents.COLUMNS),

		CARE_GOAL("care_goal", SyntheticCarePlans.GOAL_COLUMNS),

		CARE_SERVICE("care_service", SyntheticCarePlans.SERVICE_COLUMNS),

		ASSESSMENT_ADMINISTRATION("assessment_administration", SyntheticAssessments.ADMINISTRATION_COLUMNS),

		ASSESSMENT_ANSWER("assessment_answer", SyntheticAssessments.ANSWER_COLUMNS),

		AUDIT_EVENT("audit_event",
				"occurred_at, actor_id, actor_username, actor_roles, action, subject_type, subject_id, fields, "
						+ "outcome, reason"),

		PLAINTEXT_NAME("benchmark_plain_person", "id, family_name");

		final String name;

		final String columns;

		Table(String name, String columns) {
			this.name = name;
			this.columns = columns;
		}

		/** A plain INSERT of one row, as a benchmark's raw SQL writes it. */
		String insert() {
			List<String> values = new ArrayList<>();
			for (String column : this.columns.split(", ")) {
				values.add(switch (column) {
					case "situation", "needs", "non_punishment" -> "?::jsonb";
					case "languages", "vulnerability_factors" -> "?::varchar[]";
					default -> "?";
				});
			}
			return "insert into " + this.name + " (" + this.columns + ") values (" + String.join(", ", values) + ")";
		}

	}

	/** The rows of one case, per table. */
	public static final class Rows {

		final Map<Table, List<Object[]>> values = new EnumMap<>(Table.class);

		void add(Table table, Object... row) {
			this.values.computeIfAbsent(table, key -> new ArrayList<>()).add(row);
		}

		/** Writes them with plain INSERTs, a batch per table. */
		public void insert(JdbcTemplate jdbc) {
			this.values.forEach(
					(table, rows) -> jdbc.batchUpdate(table.insert(), rows.stream().map(Rows::jdbcValues).toList()));
		}

		private static Object[] jdbcValues(Object[] row) {
			Object[] values = new Object[row.length];
			for (int i = 0; i < row.length; i++) {
				values[i] = switch (row[i]) {
					case Instant instant -> java.sql.Timestamp.from(instant);
					case LocalDate date -> java.sql.Date.valueOf(date);
					case byte[] bytes when bytes.length == 0 -> null;
					case String[] array -> CopyText.arrayLiteral(array);
					case null -> null;
					default -> row[i];
				};
			}
			return values;
		}

	}

}
