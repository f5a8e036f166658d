package org.haven.referral;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.haven.shared.InChunks;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** A case's referrals, and those the deadlines job looks at. */
interface ReferralEntries extends JpaRepository<ReferralEntry, UUID> {

	@Query("select r from ReferralEntry r where r.caseId = ?1 order by r.createdAt")
	List<ReferralEntry> findOfCase(UUID caseId);

	@Query("select r from ReferralEntry r where r.caseId in ?1 and (r.sentOn between ?2 and ?3"
			+ " or r.statusOn between ?2 and ?3)")
	List<ReferralEntry> findOfCasesDatedBetweenInOneStatement(Collection<UUID> caseIds, LocalDate from, LocalDate to);

	default List<ReferralEntry> findOfCasesDatedBetween(Collection<UUID> caseIds, LocalDate from, LocalDate to) {
		return InChunks.of(caseIds, chunk -> findOfCasesDatedBetweenInOneStatement(chunk, from, to));
	}

	@Query("select r from ReferralEntry r where r.status = org.haven.referral.ReferralStatus.SENT and r.respondBy < ?1")
	List<ReferralEntry> findUnansweredBefore(LocalDate day);

	@Query("""
			select r from ReferralEntry r where r.status in (org.haven.referral.ReferralStatus.DRAFT,
			org.haven.referral.ReferralStatus.SENT, org.haven.referral.ReferralStatus.ACKNOWLEDGED,
			org.haven.referral.ReferralStatus.ACCEPTED, org.haven.referral.ReferralStatus.SERVICE_STARTED,
			org.haven.referral.ReferralStatus.EXPIRED)""")
	List<ReferralEntry> findOpen();

	@Query(value = "select r from ReferralEntry r where r.overrideBy is not null order by r.overrideAt desc, r.id",
			countQuery = "select count(r) from ReferralEntry r where r.overrideBy is not null")
	Page<ReferralEntry> findOverridden(Pageable page);

}
