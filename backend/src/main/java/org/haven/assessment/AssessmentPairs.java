package org.haven.assessment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.haven.person.PersonCode;
import org.haven.shared.NotFoundException;
import org.haven.shared.Roles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * For reports: per person, the baseline and the endline of one instrument version,
 * paired. The only way in is one version, and what comes out names that version, so a
 * comparison cannot mix versions. Scores and codes only; reports aggregate them under
 * disclosure control before anyone sees a figure. Each read is audited.
 */
@Service
@Transactional(readOnly = true)
public class AssessmentPairs {

	private final JdbcTemplate jdbc;

	private final InstrumentCatalogue catalogue;

	private final ApplicationEventPublisher events;

	AssessmentPairs(JdbcTemplate jdbc, InstrumentCatalogue catalogue, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.catalogue = catalogue;
		this.events = events;
	}

	@PreAuthorize("hasRole('" + Roles.SUPERVISOR + "')")
	public VersionPairs pairs(InstrumentVersion version) {
		if (this.catalogue.version(version).isEmpty()) {
			throw new NotFoundException("instrument");
		}
		record Ends(String person, UUID baseline, UUID endline) {
		}
		List<Ends> ends = this.jdbc.query("""
				with baseline as (
				    select distinct on (person_code) person_code, id, administered_on from assessment_administration
				    where instrument_code = ? and instrument_version = ? and kind = 'BASELINE'
				    order by person_code, administered_on, recorded_at),
				endline as (
				    select distinct on (a.person_code) a.person_code, a.id from assessment_administration a
				    join baseline b on b.person_code = a.person_code and a.administered_on >= b.administered_on
				    where a.instrument_code = ? and a.instrument_version = ? and a.kind = 'ENDLINE'
				    order by a.person_code, a.administered_on desc, a.recorded_at desc)
				select b.person_code, b.id as baseline, e.id as endline
				from baseline b join endline e on e.person_code = b.person_code order by b.person_code""",
				(row, n) -> new Ends(row.getString("person_code"), row.getObject("baseline", UUID.class),
						row.getObject("endline", UUID.class)),
				version.code(), version.version(), version.code(), version.version());
		Map<UUID, Map<String, VersionPairs.Scored>> answers = new HashMap<>();
		this.jdbc.query("""
				select n.administration_id, n.item_code, n.answer, n.score from assessment_answer n
				join assessment_administration a on a.id = n.administration_id
				where a.instrument_code = ? and a.instrument_version = ? and a.kind in ('BASELINE', 'ENDLINE')""",
				row -> {
					answers.computeIfAbsent(row.getObject("administration_id", UUID.class), id -> new HashMap<>())
						.put(row.getString("item_code"),
								new VersionPairs.Scored(Response.valueOf(row.getString("answer")),
										(Integer) row.getObject("score", Integer.class)));
				}, version.code(), version.version());
		List<VersionPairs.PersonPair> pairs = ends.stream()
			.map(end -> new VersionPairs.PersonPair(new PersonCode(end.person()),
					answers.getOrDefault(end.baseline(), Map.of()), answers.getOrDefault(end.endline(), Map.of())))
			.toList();
		this.events.publishEvent(new AssessmentPairsRead(version, pairs.size()));
		return new VersionPairs(version, pairs);
	}

}
