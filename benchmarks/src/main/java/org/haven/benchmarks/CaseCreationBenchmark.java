package org.haven.benchmarks;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.haven.BenchmarkApplication;
import org.haven.casefile.CaseCode;
import org.haven.casefile.DraftId;
import org.haven.casefile.IntakeAnswers;
import org.haven.casefile.IntakeService;
import org.haven.casefile.IntakeStep;
import org.haven.casefile.Needs;
import org.haven.casefile.NonPunishment;
import org.haven.casefile.Situation;
import org.haven.person.DocumentType;
import org.haven.person.Identity;
import org.haven.person.Profile;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * P4: a case created end to end among {@code cases} synthetic cases, as the caseworker's
 * intake does it (draft started, saved, completed: identity encrypted and indexed, case
 * and assignment sealed, consent recorded, history and audit written), against plain
 * INSERTs, in one transaction, of the rows such a case leaves, made beforehand.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class CaseCreationBenchmark {

	static final IntakeAnswers CONSENTED = new IntakeAnswers(true, Profile.notAskedYet(), Situation.NOT_ASKED,
			Needs.NOT_ASKED, NonPunishment.NOT_ASKED);

	@Param("100000")
	int cases;

	ConfigurableApplicationContext context;

	IntakeService intake;

	JdbcTemplate jdbc;

	TransactionTemplate transactions;

	SyntheticCases more;

	int created;

	SyntheticCases.Rows next;

	@Setup(Level.Trial)
	public void start() throws Exception {
		this.context = BenchmarkApplication.startWith(this.cases);
		this.intake = this.context.getBean(IntakeService.class);
		this.jdbc = this.context.getBean(JdbcTemplate.class);
		this.transactions = this.context.getBean(TransactionTemplate.class);
		this.more = new SyntheticCases(this.context, this.cases);
	}

	@Setup(Level.Invocation)
	public void nextRows() {
		this.next = this.more.rowsOf(this.created++);
	}

	@Benchmark
	public CaseCode intakeEndToEnd() {
		Identity identity = new Identity("Amina", "Benchmark " + this.created, List.of(), LocalDate.of(1990, 3, 14),
				List.of("+33 6 12 34 56 78"), null, List.of("12 rue des Lilas\n75011 Paris"), DocumentType.PASSPORT,
				"X" + this.created, null);
		return BenchmarkApplication.as(BenchmarkApplication.CASEWORKER, "CASEWORKER", () -> {
			DraftId draft = this.intake.start();
			long version = this.intake.save(draft, this.intake.open(draft).version(), IntakeStep.REVIEW, identity,
					CONSENTED);
			return this.intake.complete(draft, version, null, null, true);
		});
	}

	@Benchmark
	public void rawInsertsOfTheSameRows() {
		this.transactions.executeWithoutResult(status -> this.next.insert(this.jdbc));
	}

}
