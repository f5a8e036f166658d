package org.haven.consent;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.haven.casefile.CaseDetails;
import org.haven.casefile.CasePartChange;
import org.haven.casefile.CasePartHistory;
import org.haven.casefile.WorkedCase;
import org.springframework.stereotype.Component;

/**
 * The consent ledger's part of the case history: each version is one change, recorded
 * when and by whom it says; a version whose seal fails is left out, and reported, as the
 * ledger lists them. The ledger is its own history (no Envers): the transaction that
 * wrote a version is the row's own, so that a withdrawal reads as one entry with the
 * tasks it cancelled.
 */
@Component
class ConsentHistory implements CasePartHistory {

	private final ConsentCheck check;

	private final ConsentTransactions transactions;

	ConsentHistory(ConsentCheck check, ConsentTransactions transactions) {
		this.check = check;
		this.transactions = transactions;
	}

	@Override
	public List<CasePartChange> changesOf(WorkedCase worked) {
		List<ConsentEntry> sealed = this.check.sealedVersions(worked);
		Map<UUID, Long> writtenIn = this.transactions.ofCase(worked.id());
		return sealed.stream()
			.<CasePartChange>map(entry -> new CasePartChange.Recorded(CaseDetails.Part.CONSENT, entry.recordedAt(),
					entry.recordedBy(), writtenIn.getOrDefault(entry.id(), 0L)))
			.toList();
	}

}
