package org.haven.organisation;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.haven.access.AccountDirectory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The teams of the demonstration run, after its accounts: carol in the main team, chen in
 * a second "Field team (demo)" of the main office, and sam supervising both, so that a
 * first start shows how teams limit what a supervisor sees. Made when missing, only when
 * {@code haven.demo=true}.
 */
@Component
@Order(1)
@ConditionalOnBooleanProperty("haven.demo")
@Profile("!keycloak")
class DemoTeams implements ApplicationRunner {

	static final String FIELD_TEAM = "Field team (demo)";

	private final TeamEntries teams;

	private final AccountDirectory accounts;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	DemoTeams(TeamEntries teams, AccountDirectory accounts, TransactionTemplate transactions, Clock clock,
			ApplicationEventPublisher events) {
		this.teams = teams;
		this.accounts = accounts;
		this.transactions = transactions;
		this.clock = clock;
		this.events = events;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		this.transactions.executeWithoutResult(status -> {
			TeamEntry main = this.teams.findById(Teams.MAIN_TEAM).orElseThrow();
			TeamEntry field = this.teams.findByOfficeId(Teams.MAIN_OFFICE)
				.stream()
				.filter(team -> team.name().equals(FIELD_TEAM))
				.findFirst()
				.orElseGet(() -> {
					TeamEntry made = this.teams.saveAndFlush(
							new TeamEntry(UUID.randomUUID(), Teams.MAIN_OFFICE, FIELD_TEAM, this.clock.instant()));
					this.events.publishEvent(new TeamCreated(made.id(), Teams.MAIN_OFFICE));
					return made;
				});
			this.accounts.idOf("carol").ifPresent(carol -> member(main, carol));
			this.accounts.idOf("chen").ifPresent(chen -> member(field, chen));
			this.accounts.idOf("sam").ifPresent(sam -> List.of(main, field).forEach(team -> {
				if (team.addSupervisor(sam)) {
					this.teams.saveAndFlush(team);
					this.events.publishEvent(new TeamSupervisorAdded(team.id(), sam));
				}
			}));
		});
	}

	private void member(TeamEntry team, UUID account) {
		if (team.addMember(account)) {
			this.teams.saveAndFlush(team);
			this.events.publishEvent(new TeamMemberAdded(team.id(), account));
		}
	}

}
