package org.haven.assistance;

import java.util.List;

import org.haven.casefile.CaseDetails;
import org.haven.casefile.CasePartChange;
import org.haven.casefile.CasePartHistory;
import org.haven.casefile.WorkedCase;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The care plan's goals, its services, the case's tasks and its after-care checks in the
 * case history: the revisions in which Envers kept a change of one of them, one round
 * trip. The rows are found by the case through their own tables' indexes, their changes
 * by id in the history tables; nothing is deleted, so every change is found.
 */
@Component
class AssistanceHistory implements CasePartHistory {

	private static final String REVISIONS = """
			select 'CARE_PLAN' as part, a.rev from care_goal_aud a join care_goal g on g.id = a.id
			where g.case_id = ?
			union select 'SERVICES', a.rev from care_service_aud a join care_service s on s.id = a.id
			where s.case_id = ?
			union select 'TASKS', a.rev from care_task_aud a join care_task t on t.id = a.id
			where t.case_id = ?
			union select 'AFTER_CARE', a.rev from after_care_check_aud a join after_care_check c on c.id = a.id
			where c.case_id = ?""";

	private final JdbcTemplate jdbc;

	AssistanceHistory(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<CasePartChange> changesOf(WorkedCase worked) {
		return this.jdbc.query(REVISIONS,
				(row, number) -> new CasePartChange.Revised(CaseDetails.Part.valueOf(row.getString("part")),
						row.getInt("rev")),
				worked.id(), worked.id(), worked.id(), worked.id());
	}

}
