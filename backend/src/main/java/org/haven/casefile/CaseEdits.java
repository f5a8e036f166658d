package org.haven.casefile;

import java.util.List;
import java.util.function.Consumer;

import org.haven.shared.ConflictException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Applies an edit to the version of a case its user saw, for caseworkers and supervisors
 * alike: a stale version is a conflict, never an overwrite, what the edit changed of who
 * may reach the case is sealed, and a saved change is announced.
 */
@Component
class CaseEdits {

	private final CaseFileRepository cases;

	private final CaseSeals seals;

	private final ApplicationEventPublisher events;

	CaseEdits(CaseFileRepository cases, CaseSeals seals, ApplicationEventPublisher events) {
		this.cases = cases;
		this.seals = seals;
		this.events = events;
	}

	CaseFile apply(CaseFile file, long expectedVersion, CaseChanged.Change change, String reason,
			Consumer<CaseFile> edit) {
		if (file.version() != expectedVersion) {
			throw new ConflictException(CaseAccess.CASE);
		}
		edit.accept(file);
		file.sealPending(this.seals);
		try {
			CaseFile saved = this.cases.saveAndFlush(file);
			this.events.publishEvent(new CaseChanged(file.code(), change, List.of(), reason));
			return saved;
		}
		catch (OptimisticLockingFailureException ex) {
			throw new ConflictException(CaseAccess.CASE);
		}
	}

}
