package org.haven.casefile;

import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * {@link CaseWork} by the rules of {@link CaseAccess}, for the modules around the case.
 */
@Component
class CaseWorkAccess implements CaseWork {

	private final CaseAccess access;

	CaseWorkAccess(CaseAccess access) {
		this.access = access;
	}

	@Override
	public WorkedCase forReading(CaseCode code, String action) {
		return worked(this.access.forWork(code, action));
	}

	@Override
	public WorkedCase forChange(CaseCode code, String action) {
		return worked(this.access.forChange(code, action));
	}

	@Override
	public WorkedCase forSupervision(CaseCode code, String action) {
		return worked(this.access.forSupervision(code, action));
	}

	@Override
	public Optional<WorkedCase> ofFact(CaseCode code) {
		return this.access.existing(code).map(CaseWorkAccess::worked);
	}

	static WorkedCase worked(CaseFile file) {
		return new WorkedCase(file.id(), file.code(), file.person(), file.status(), file.neededNow());
	}

}
