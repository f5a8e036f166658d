package org.haven.casefile;

import org.haven.TestSecurity;
import org.haven.person.Identity;
import org.haven.person.Profile;
import org.springframework.stereotype.Component;

/** Cases made the way caseworkers make them: through a completed intake. */
@Component
public class CaseFixtures {

	private final IntakeService intake;

	private final CaseService cases;

	CaseFixtures(IntakeService intake, CaseService cases) {
		this.intake = intake;
		this.cases = cases;
	}

	/** A new person and case, taken in by the caseworker, who becomes its primary. */
	public CaseCode takenInBy(String caseworker, Identity identity) {
		return TestSecurity.as(caseworker, "CASEWORKER", () -> {
			DraftId draft = this.intake.start();
			long version = this.intake.save(draft, 0, IntakeStep.REVIEW, identity, new IntakeAnswers(true,
					Profile.notAskedYet(), Situation.NOT_ASKED, Needs.NOT_ASKED, NonPunishment.NOT_ASKED));
			return this.intake.complete(draft, version, null, true);
		});
	}

	/** A draft of the caseworker's with the identity typed in. */
	public DraftId draftOf(String caseworker, Identity identity) {
		return TestSecurity.as(caseworker, "CASEWORKER", () -> {
			DraftId draft = this.intake.start();
			this.intake.save(draft, 0, IntakeStep.IDENTITY, identity, IntakeAnswers.notAskedYet());
			return draft;
		});
	}

	public java.util.UUID noteBy(String caseworker, CaseCode code, String text, boolean extraSensitive) {
		return TestSecurity.as(caseworker, "CASEWORKER", () -> this.cases.addNote(code, text, extraSensitive));
	}

	public CaseDetails open(String caseworker, CaseCode code) {
		return TestSecurity.as(caseworker, "CASEWORKER", () -> this.cases.open(code));
	}

}
