package org.haven.casefile;

import java.util.function.Consumer;

import org.haven.shared.ConflictException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Applies an edit to the version of a case its user saw, for caseworkers and supervisors
 * alike: a stale version is a conflict, never an overwrite, what the edit changed of who
 * may reach the case is sealed, and saving announces the change that the case registered
 * (see {@link CaseEvent}).
 */
@Component
class CaseEdits {

	private final CaseFileRepository cases;

	private final CaseSeals seals;

	CaseEdits(CaseFileRepository cases, CaseSeals seals) {
		this.cases = cases;
		this.seals = seals;
	}

	CaseFile apply(CaseFile file, long expectedVersion, Consumer<CaseFile> edit) {
		if (file.version() != expectedVersion) {
			throw new ConflictException(CaseAccess.CASE);
		}
		edit.accept(file);
		file.sealPending(this.seals);
		try {
			return this.cases.saveAndFlush(file);
		}
		catch (OptimisticLockingFailureException ex) {
			throw new ConflictException(CaseAccess.CASE);
		}
	}

}
