package org.haven.assessment;

import java.util.List;

import org.haven.casefile.CaseDetails;
import org.haven.casefile.CasePartChange;
import org.haven.casefile.CasePartHistory;
import org.haven.casefile.WorkedCase;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The case's assessments in its history: the revisions that wrote an administration, in
 * one round trip; nothing is deleted, so every one is found.
 */
@Component
class AssessmentHistory implements CasePartHistory {

	private final JdbcTemplate jdbc;

	AssessmentHistory(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<CasePartChange> changesOf(WorkedCase worked) {
		return this.jdbc.query("""
				select distinct a.rev from assessment_administration_aud a
				join assessment_administration d on d.id = a.id where d.case_id = ?""",
				(row, number) -> new CasePartChange.Revised(CaseDetails.Part.ASSESSMENTS, row.getInt("rev")),
				worked.id());
	}

}
