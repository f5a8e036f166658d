package org.haven.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionListener;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** One change of the case history: when, and by which member of staff. */
@Entity
@Table(name = "case_revision")
@RevisionEntity(CaseRevision.ChangedBy.class)
class CaseRevision {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_revision_seq")
	@SequenceGenerator(name = "case_revision_seq", sequenceName = "case_revision_seq", allocationSize = 50)
	@RevisionNumber
	@Column(name = "id")
	private int id;

	@RevisionTimestamp
	@Column(name = "changed_at", nullable = false)
	private long changedAt;

	@Column(name = "changed_by", length = 64)
	private String changedBy;

	int id() {
		return this.id;
	}

	long changedAt() {
		return this.changedAt;
	}

	String changedBy() {
		return this.changedBy;
	}

	public static class ChangedBy implements RevisionListener {

		@Override
		public void newRevision(Object revision) {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			((CaseRevision) revision).changedBy = authentication == null ? null : authentication.getName();
		}

	}

}
