package org.haven.casefile;

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

	private static WorkedCase worked(CaseFile file) {
		return new WorkedCase(file.id(), file.code(), file.person(), file.status());
	}

}
