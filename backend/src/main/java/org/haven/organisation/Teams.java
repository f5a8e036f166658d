package org.haven.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The teams as the case module needs them, to decide who may see and do what: which teams
 * an account supervises now (its own, and those of a colleague it acts for while that
 * runs), who is a member of a team, and which teams a caseworker's new case may belong
 * to. Asks for no role: the services that call it check theirs.
 */
@Component
@Transactional(readOnly = true)
public class Teams {

	/** The team that every case belonged to before there were teams. */
	public static final UUID MAIN_TEAM = UUID.fromString("00000000-0000-0000-0000-0000000000a1");

	/** The office of {@link #MAIN_TEAM}. */
	public static final UUID MAIN_OFFICE = UUID.fromString("00000000-0000-0000-0000-0000000000f1");

	private final JdbcTemplate jdbc;

	private final Clock clock;

	Teams(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The teams the account supervises now: its own, and those of every colleague it acts
	 * for while the acting supervision runs.
	 */
	public Set<UUID> supervisedBy(UUID account) {
		Timestamp now = Timestamp.from(this.clock.instant());
		return Set.copyOf(this.jdbc.queryForList("""
				select team_id from team_supervisor where account_id = ?
				union
				select s.team_id from acting_supervision a join team_supervisor s on s.account_id = a.for_account
				where a.acting_account = ? and a.starts_at <= ? and a.ends_at > ? and a.ended_at is null""", UUID.class,
				account, account, now, now));
	}

	/** Whether the account is a member of the team. */
	public boolean isMember(UUID team, UUID account) {
		Integer found = this.jdbc.queryForObject(
				"select count(*) from team_member where team_id = ? and account_id = ?", Integer.class, team, account);
		return found != null && found > 0;
	}

	/** The members of the team. */
	public Set<UUID> membersOf(UUID team) {
		return Set
			.copyOf(this.jdbc.queryForList("select account_id from team_member where team_id = ?", UUID.class, team));
	}

	/**
	 * The teams the caseworker is a member of, by office and team name, with their full
	 * names: those a new case of theirs may belong to.
	 */
	public List<TeamName> ofMember(UUID caseworker) {
		return this.jdbc.query("""
				select t.id, o.name || ' / ' || t.name from team_member m join team t on t.id = m.team_id
				join office o on o.id = t.office_id
				where m.account_id = ? order by o.name, t.name, t.id""", Teams::teamName, caseworker);
	}

	/** Whether the team exists. */
	public boolean exists(UUID team) {
		Integer found = this.jdbc.queryForObject("select count(*) from team where id = ?", Integer.class, team);
		return found != null && found > 0;
	}

	/** The team's name with its office's, as a list shows it. */
	public Optional<String> fullNameOf(UUID team) {
		return this.jdbc
			.queryForList("select o.name || ' / ' || t.name from team t join office o on o.id = t.office_id"
					+ " where t.id = ?", String.class, team)
			.stream()
			.findFirst();
	}

	/** Every team, by office and name, with its full name. */
	public List<TeamName> all() {
		return this.jdbc.query("""
				select t.id, o.name || ' / ' || t.name from team t join office o on o.id = t.office_id
				order by o.name, t.name, t.id""", Teams::teamName);
	}

	/** Every team of the office. */
	Set<UUID> ofOffice(UUID office) {
		return Set.copyOf(this.jdbc.queryForList("select id from team where office_id = ?", UUID.class, office));
	}

	Set<UUID> allIds() {
		return Set.copyOf(this.jdbc.queryForList("select id from team", UUID.class));
	}

	private static TeamName teamName(ResultSet row, int number) throws SQLException {
		return new TeamName(row.getObject(1, UUID.class), row.getString(2));
	}

	/** A team by its id and its full name ("office / team"). */
	public record TeamName(UUID id, String fullName) {
	}

}
