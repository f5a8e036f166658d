package org.haven.demo;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.PreDestroy;
import org.haven.access.AccountDirectory;
import org.haven.access.Role;
import org.haven.organisation.OrganisationService;
import org.haven.organisation.ReportScope;
import org.haven.shared.SafeErrorDescription;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demonstration run's invented cases, after its accounts and teams: on a first start
 * (no finished seeding of this name yet) {@code haven.demo.cases.count} cases are made in
 * the background, taken in by carol (main team) and chen (field team) in turn, closures
 * decided by sam, who is granted the organisation's report scope by adam, so that the
 * research export shows too. Only with {@code haven.demo=true} and
 * {@code haven.demo.cases=true} (the embedded run's default, off in the tests); logs
 * counts only.
 */
@Component
@Order(2)
@ConditionalOnBooleanProperty({ "haven.demo", "haven.demo.cases" })
@Profile("!keycloak")
class DemoCases implements ApplicationRunner {

	static final String SEEDING = "demo-cases";

	static final long SEED = 17;

	private static final Logger log = LoggerFactory.getLogger(DemoCases.class);

	private final DemoCaseSeeding seeding;

	private final DemoSeedings seedings;

	private final DemoClock clock;

	private final OrganisationService organisation;

	private final AccountDirectory accounts;

	private final int count;

	private volatile boolean stopping;

	private @Nullable Thread worker;

	DemoCases(DemoCaseSeeding seeding, DemoSeedings seedings, DemoClock clock, OrganisationService organisation,
			AccountDirectory accounts, @Value("${haven.demo.cases.count:300}") int count) {
		this.seeding = seeding;
		this.seedings = seedings;
		this.clock = clock;
		this.organisation = organisation;
		this.accounts = accounts;
		this.count = count;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		grantSamTheOrganisationsReportScope();
		Optional<DemoSeedings.Progress> progress = this.seedings.progress(SEEDING);
		if (progress.map(DemoSeedings.Progress::finished).orElse(false)) {
			log.info("Demo mode: {} invented cases were seeded on the first start", progress.get().seeded());
			return;
		}
		DemoCaseSeeding.Plan plan = new DemoCaseSeeding.Plan(SEEDING, this.count, List.of("carol", "chen"), "sam",
				"adam", SEED);
		Thread thread = new Thread(() -> seed(plan), "demo-seeding");
		thread.setDaemon(true);
		this.worker = thread;
		thread.start();
	}

	private void seed(DemoCaseSeeding.Plan plan) {
		long started = System.nanoTime();
		log.info("Demo mode: seeding {} invented cases in the background", plan.cases());
		try {
			int made = this.seeding.seed(plan, this.clock, () -> this.stopping);
			log.info("Demo mode: {} invented cases seeded in {} s", made,
					(System.nanoTime() - started) / 1_000_000_000L);
		}
		catch (RuntimeException failed) {
			log.error("Demo mode: seeding the invented cases stopped [{}]: {}", SafeErrorDescription.newReference(),
					SafeErrorDescription.of(failed));
		}
	}

	/**
	 * Through the organisation module, as the demo administrator grants it, so that it is
	 * in the audit trail as any grant.
	 */
	private void grantSamTheOrganisationsReportScope() {
		Optional<UUID> sam = this.accounts.idOf("sam");
		if (sam.isEmpty() || this.accounts.idOf("adam").isEmpty()) {
			return;
		}
		DemoCaseSeeding.as("adam", Role.ADMIN, () -> {
			if (!ReportScope.organisation().equals(this.organisation.reportScopes().get(sam.get()))) {
				this.organisation.grantReportScope(sam.get(), ReportScope.organisation());
			}
			return null;
		});
	}

	@PreDestroy
	void stop() throws InterruptedException {
		this.stopping = true;
		Thread thread = this.worker;
		if (thread != null) {
			thread.join(30_000);
		}
	}

}
