package org.haven.referral;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** The referrals this installation received. */
interface IncomingReferralEntries extends JpaRepository<IncomingReferralEntry, UUID> {

	List<IncomingReferralEntry> findByReceivedByOrderByReceivedAtDesc(UUID receivedBy);

	List<IncomingReferralEntry> findBySenderReferralId(UUID senderReferral);

}
