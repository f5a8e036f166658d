package org.haven.reference;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReferenceEntryRepository extends JpaRepository<ReferenceEntry, ReferenceEntry.Key> {

	@Query("select e from ReferenceEntry e left join fetch e.labels where e.key.list = :list order by e.position, e.key.code")
	List<ReferenceEntry> findAllIn(ReferenceList list);

	@Query("select coalesce(max(e.position), 0) from ReferenceEntry e where e.key.list = :list")
	int lastPositionIn(ReferenceList list);

}
