package org.haven.assessment;

import java.time.Clock;
import java.time.LocalDate;

import org.haven.TestSecurity;
import org.haven.casefile.CaseCode;
import org.haven.consent.ConsentLedger;
import org.haven.consent.ConsentPurpose;
import org.haven.consent.ConsentRecord;
import org.haven.consent.TestConsents;
import org.haven.platform.Days;
import org.springframework.stereotype.Component;

/**
 * Assessments recorded the way caseworkers record them, for tests whose case must pass
 * the closure gate: the person's consent to case management, then a baseline and an
 * endline of the reintegration outcomes with no critical score.
 */
@Component
public class AssessmentFixtures {

	private final Assessments assessments;

	private final ConsentLedger consent;

	private final Clock clock;

	AssessmentFixtures(Assessments assessments, ConsentLedger consent, Clock clock) {
		this.assessments = assessments;
		this.consent = consent;
		this.clock = clock;
	}

	/**
	 * The caseworker assesses the person at baseline and at endline, scoring every domain
	 * 3: a closure request on the case is then not flagged.
	 */
	public void assessedAtBaselineAndEndline(String caseworker, CaseCode code) {
		LocalDate today = Days.today(this.clock);
		TestSecurity.as(caseworker, "CASEWORKER", () -> {
			int consented = this.consent.ledger(code)
				.stream()
				.filter(record -> record.purpose() == ConsentPurpose.CASE_MANAGEMENT_SERVICES)
				.mapToInt(ConsentRecord::version)
				.max()
				.orElse(0);
			if (consented == 0) {
				this.consent.record(code, 0,
						TestConsents.givenBySelf(ConsentPurpose.CASE_MANAGEMENT_SERVICES, "", today));
			}
			this.assessments.record(code, AssessmentsTests.outcomes(AdministrationKind.BASELINE, today, 3));
			return this.assessments.record(code, AssessmentsTests.outcomes(AdministrationKind.ENDLINE, today, 3));
		});
	}

}
