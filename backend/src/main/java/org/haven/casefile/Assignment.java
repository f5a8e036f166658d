package org.haven.casefile;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A caseworker's assignment to a case. */
@Embeddable
record Assignment(@Column(name = "account_id", nullable = false) UUID accountId,
		@Column(name = "is_primary", nullable = false) boolean primary) {
}
