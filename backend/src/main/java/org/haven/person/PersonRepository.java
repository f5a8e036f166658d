package org.haven.person;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PersonRepository extends JpaRepository<Person, UUID> {

	@Query("select p from Person p where p.code = :code")
	Optional<Person> findByCode(String code);

	List<Person> findByCodeIn(Collection<String> codes);

	@Query("select p from Person p where p.id in :ids and p.erasedAt is null")
	List<Person> findNotErased(Collection<UUID> ids);

	boolean existsByCode(String code);

	@Query("select coalesce(p.gender, 'NOT_ASKED'), count(p) from Person p group by p.gender")
	List<Object[]> countByGender();

	@Query("select coalesce(p.ageBand, 'NOT_ASKED'), count(p) from Person p group by p.ageBand")
	List<Object[]> countByAgeBand();

}
