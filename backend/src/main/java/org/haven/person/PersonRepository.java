package org.haven.person;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.haven.shared.InChunks;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PersonRepository extends JpaRepository<Person, UUID> {

	@Query("select p from Person p where p.code = :code")
	Optional<Person> findByCode(String code);

	@Query("select new org.haven.person.PersonSummaryRow(p.code, p.gender, p.birthYear, p.ageBand, p.nationality,"
			+ " p.languages, p.disability, p.migrationStatus, p.vulnerabilityFactors, p.erasedAt, p.version,"
			+ " p.createdAt) from Person p where p.code in :codes")
	List<PersonSummaryRow> summariesInOneStatement(Collection<String> codes);

	default List<PersonSummaryRow> summaries(Collection<String> codes) {
		return InChunks.of(codes, this::summariesInOneStatement);
	}

	@Query("select p from Person p where p.id in :ids and p.erasedAt is null")
	List<Person> findNotErasedInOneStatement(Collection<UUID> ids);

	default List<Person> findNotErased(Collection<UUID> ids) {
		return InChunks.of(ids, this::findNotErasedInOneStatement);
	}

	boolean existsByCode(String code);

	@Query("select coalesce(p.gender, 'NOT_ASKED'), count(p) from Person p group by p.gender")
	List<Object[]> countByGender();

	@Query("select coalesce(p.ageBand, 'NOT_ASKED'), count(p) from Person p group by p.ageBand")
	List<Object[]> countByAgeBand();

}
