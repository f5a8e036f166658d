package org.haven.casefile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.stereotype.Component;

/**
 * A case's changes, read from the revisions Envers keeps: when, by whom, which parts; a
 * revision that changed none of the parts a caseworker sees is left out.
 */
@Component
class CaseHistory {

	private final EntityManager entityManager;

	CaseHistory(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/** Every change of the case, oldest first. */
	@SuppressWarnings("unchecked")
	List<CaseChange> of(CaseFile file) {
		List<Object[]> revisions = AuditReaderFactory.get(this.entityManager)
			.createQuery()
			.forRevisionsOfEntity(CaseFile.class, false, true)
			.add(AuditEntity.id().eq(file.id()))
			.addOrder(AuditEntity.revisionNumber().asc())
			.getResultList();
		List<CaseChange> changes = new ArrayList<>();
		CaseFile earlier = null;
		for (Object[] revision : revisions) {
			CaseFile version = (CaseFile) revision[0];
			CaseRevision made = (CaseRevision) revision[1];
			List<CaseDetails.Part> parts = earlier == null ? List.of() : version.parts().changedSince(earlier.parts());
			if (earlier == null || !parts.isEmpty()) {
				changes.add(new CaseChange(Instant.ofEpochMilli(made.changedAt()), made.changedBy(), parts));
			}
			earlier = version;
		}
		return changes;
	}

}
