package org.haven.casefile;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.haven.crypto.AuthorizationSeal;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Seals the cases and assignments that benchmarks write straight into the database, as
 * Haven seals those it writes: without a seal a row grants nothing. Cases are written
 * with an empty seal first, since the column may not be null; assignments, which the
 * application's role may not update, are written sealed.
 */
public final class BenchmarkSeals {

	private BenchmarkSeals() {
	}

	/** The seal of a case's link to its person, as the case is first written. */
	public static byte[] link(AuthorizationSeal seal, UUID caseId, String code, String personCode,
			long assignmentGeneration) {
		return seal.seal(CaseSeals.link(caseId, code, personCode, assignmentGeneration));
	}

	/** The seal of a caseworker's assignment to a case. */
	public static byte[] assignment(AuthorizationSeal seal, UUID caseId, UUID account, boolean primary,
			long assignmentGeneration) {
		return seal.seal(CaseSeals.assignment(caseId, account, primary, assignmentGeneration));
	}

	/**
	 * The situation, needs and non-punishment columns of a case whose intake asked none
	 * of them, as the entity's converters write them.
	 */
	public static List<String> notAskedYetColumns() {
		return answerColumns(Situation.NOT_ASKED, Needs.NOT_ASKED, NonPunishment.NOT_ASKED);
	}

	/**
	 * The situation, needs and non-punishment columns, as the entity's converters write
	 * them.
	 */
	public static List<String> answerColumns(Situation situation, Needs needs, NonPunishment nonPunishment) {
		return List.of(new JsonColumns.SituationColumn().convertToDatabaseColumn(situation),
				new JsonColumns.NeedsColumn().convertToDatabaseColumn(needs),
				new JsonColumns.NonPunishmentColumn().convertToDatabaseColumn(nonPunishment));
	}

	/** The seal of a case's team, as the case is first written. */
	public static byte[] team(AuthorizationSeal seal, UUID caseId, String code, UUID team, long assignmentGeneration) {
		return seal.seal(CaseSeals.team(caseId, code, team, assignmentGeneration));
	}

	/** Seals the cases written with empty seals: their links and their teams. */
	public static void sealCases(JdbcTemplate jdbc, AuthorizationSeal seal) {
		jdbc.batchUpdate("update case_file set seal = ?, team_seal = ? where id = ?", jdbc.query(
				"select id, code, person_code, assignment_generation, team_id from case_file where seal = ''::bytea",
				(row, number) -> {
					UUID id = row.getObject(1, UUID.class);
					return new Object[] {
							seal.seal(CaseSeals.link(id, row.getString(2), row.getString(3), row.getLong(4))),
							seal.seal(
									CaseSeals.team(id, row.getString(2), row.getObject(5, UUID.class), row.getLong(4))),
							id };
				}));
	}

	/** Gives every case without a caseworker the one named for its code, as primary. */
	public static void assignPrimaries(JdbcTemplate jdbc, AuthorizationSeal seal, Function<String, UUID> caseworker) {
		jdbc.batchUpdate("insert into case_caseworker (case_id, account_id, is_primary, seal) values (?, ?, true, ?)",
				jdbc.query("""
						select c.id, c.code, c.assignment_generation from case_file c
						where not exists (select 1 from case_caseworker w where w.case_id = c.id)""", (row, number) -> {
					UUID caseId = row.getObject(1, UUID.class);
					UUID account = caseworker.apply(row.getString(2));
					return new Object[] { caseId, account,
							seal.seal(CaseSeals.assignment(caseId, account, true, row.getLong(3))) };
				}));
	}

}
