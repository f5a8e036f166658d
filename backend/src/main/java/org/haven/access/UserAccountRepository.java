package org.haven.access;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, UUID> {

	Optional<UserAccount> findByUsername(String username);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select u from UserAccount u where u.username = :username")
	Optional<UserAccount> findByUsernameForUpdate(String username);

	boolean existsByUsername(String username);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select u from UserAccount u where u.externalSubject = :subject")
	Optional<UserAccount> findByExternalSubjectForUpdate(String subject);

	/**
	 * Each account's id and username, without loading its roles: one statement for any
	 * number of accounts.
	 */
	@Query("select u.id, u.username from UserAccount u where u.id in :ids")
	List<Object[]> findUsernamesByIdIn(Collection<UUID> ids);

	@Query("select u from UserAccount u order by u.username")
	List<UserAccount> findAllOrderedByUsername();

	@Query("select count(u) > 0 from UserAccount u join u.roles r where r.role = org.haven.access.Role.ADMIN and u.enabled = true")
	boolean existsEnabledAdministrator();

}
