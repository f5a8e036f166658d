package org.haven.person;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.haven.access.AccountDirectory;
import org.haven.crypto.BlindIndex.Kind;
import org.haven.crypto.BlindIndex;
import org.haven.crypto.FieldEncryption;
import org.haven.crypto.OwnerCipher;
import org.haven.shared.AccessRefused;
import org.haven.shared.InvalidInputException;
import org.haven.shared.NotFoundException;
import org.haven.shared.Problem;
import org.haven.shared.RevealsIdentity;
import org.haven.shared.Roles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers, finds, reveals, changes and erases persons. Identity is encrypted before it
 * reaches the entity and decrypted only where a method returns it, marked
 * {@link RevealsIdentity}. Every read goes through {@link PersonAccess}: a person the
 * user may not know of looks missing; only someone who may change the record changes it;
 * erasure happens only as the approval of someone else's request. Searches and the
 * duplicate check decrypt candidates to drop the blind index's false positives, and
 * return codes only, of persons the user may know of; the duplicate check is limited per
 * hour and tells of anyone else only that they exist.
 */
@Service
@Transactional
public class PersonService {

	static final String PERSON = "person";

	static final String DAMAGED_IDENTITY = "person-identity";

	private static final String CASEWORKER = "hasRole('CASEWORKER')";

	private static final String SUPERVISOR = "hasRole('SUPERVISOR')";

	private final PersonRepository persons;

	private final FieldEncryption encryption;

	private final BlindIndex blindIndex;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final PersonIdentities identities;

	private final PersonSearch search;

	private final PermittedPersons records;

	private final DuplicateChecks duplicateChecks;

	private final AccountDirectory accounts;

	private final int duplicateChecksPerHour;

	PersonService(PersonRepository persons, FieldEncryption encryption, BlindIndex blindIndex, Clock clock,
			ApplicationEventPublisher events, PersonIdentities identities, PersonSearch search,
			PermittedPersons records, DuplicateChecks duplicateChecks, AccountDirectory accounts,
			@Value("${haven.duplicate-checks-per-hour:30}") int duplicateChecksPerHour) {
		this.identities = identities;
		this.search = search;
		this.records = records;
		this.persons = persons;
		this.encryption = encryption;
		this.blindIndex = blindIndex;
		this.clock = clock;
		this.events = events;
		this.duplicateChecks = duplicateChecks;
		this.accounts = accounts;
		this.duplicateChecksPerHour = duplicateChecksPerHour;
	}

	@PreAuthorize(CASEWORKER)
	public PersonCode register(Identity identity, Profile profile) {
		Identity checked = IdentityRules.check(identity, this.clock);
		Profile checkedProfile = IdentityRules.withAgeFrom(IdentityRules.check(profile, this.clock),
				checked.dateOfBirth(), this.clock);
		UUID id = UUID.randomUUID();
		Person person = new Person(id, newCode(), this.clock.instant());
		OwnerCipher cipher = this.encryption.createDataKey(id);
		person.storeIdentity(IdentityCipher.encrypt(cipher, checked), this.clock.instant());
		person.changeProfile(checkedProfile, this.clock.instant());
		this.persons.saveAndFlush(person);
		this.blindIndex.replace(id, IdentityIndex.valuesOf(checked));
		this.events.publishEvent(new PersonRegistered(person.code(), checked.filledFields()));
		return person.code();
	}

	@PreAuthorize(CASEWORKER)
	@RevealsIdentity(fields = { "givenNames", "familyNames", "aliases", "dateOfBirth", "phoneNumbers", "email",
			"addresses", "documentType", "documentNumber", "identifyingRemarks" })
	@Transactional(readOnly = true)
	public Identity revealIdentity(PersonCode code) {
		Person person = this.records.permitted(code);
		if (person.isErased()) {
			throw new PersonErasedException(code);
		}
		return this.identities.decrypt(person);
	}

	/**
	 * A person the caseworker works with, without identity; supervisors see profiles
	 * through summaries.
	 */
	@PreAuthorize(CASEWORKER)
	@Transactional(readOnly = true)
	public PersonSummary summary(PersonCode code) {
		return this.records.permitted(code).summary();
	}

	/**
	 * Whether the caseworker may change the person's record, and not only read it (as
	 * they do by break-glass).
	 */
	@PreAuthorize(CASEWORKER)
	@Transactional(readOnly = true)
	public boolean mayChange(PersonCode code) {
		this.records.permitted(code);
		return this.records.changesPermitted(code);
	}

	@PreAuthorize(CASEWORKER)
	public PersonSummary changeIdentity(PersonCode code, long expectedVersion, Identity identity) {
		Person person = this.records.changeable(code, expectedVersion);
		Identity checked = IdentityRules.check(identity, this.clock);
		person.storeIdentity(IdentityCipher.encrypt(this.encryption.cipherFor(person.id()), checked),
				this.clock.instant());
		person.changeProfile(IdentityRules.withAgeFrom(person.profile(), checked.dateOfBirth(), this.clock),
				this.clock.instant());
		this.blindIndex.replace(person.id(), IdentityIndex.valuesOf(checked));
		this.events.publishEvent(new IdentityChanged(code));
		return this.persons.saveAndFlush(person).summary();
	}

	@PreAuthorize(CASEWORKER)
	public PersonSummary changeProfile(PersonCode code, long expectedVersion, Profile profile) {
		Person person = this.records.changeable(code, expectedVersion);
		Profile checked = IdentityRules.check(profile, this.clock);
		LocalDate dateOfBirth = person.isErased() ? null : this.identities.decrypt(person).dateOfBirth();
		person.changeProfile(IdentityRules.withAgeFrom(checked, dateOfBirth, this.clock), this.clock.instant());
		this.events.publishEvent(new ProfileChanged(code));
		return this.persons.saveAndFlush(person).summary();
	}

	/**
	 * Erases the person's identity for good: the data key is destroyed, so every copy of
	 * every ciphertext (change history included) becomes unreadable; the blind-index
	 * entries go. The profile stays, for statistics. Irreversible, and never one person's
	 * decision: only a supervisor carrying out an erasure that a caseworker asked for and
	 * they approved gets here; anyone else finds no such person, recorded.
	 */
	@PreAuthorize(SUPERVISOR)
	public void erase(PersonCode code, ErasureReason reason) {
		Person person = this.records.load(code);
		if (reason == null || person.isErased() || !this.identities.permitsErasure(code)) {
			this.events.publishEvent(new AccessRefused("person:erase", code));
			throw new NotFoundException(PERSON);
		}
		this.encryption.destroyDataKey(person.id());
		this.blindIndex.remove(person.id());
		person.erase(reason, this.clock.instant());
		this.persons.saveAndFlush(person);
		this.events.publishEvent(new PersonErased(code, reason));
	}

	/**
	 * Persons whose identity matches every given criterion and whom the user may know of;
	 * codes and profiles only.
	 */
	@PreAuthorize(CASEWORKER)
	@Transactional(readOnly = true)
	public List<PersonSummary> search(IdentitySearch search) {
		if (search.isEmpty()) {
			throw new InvalidInputException(Problem.ofForm("person.search.empty"));
		}
		Map<Kind, Set<String>> wanted = PersonSearch.wanted(search);
		List<PersonSummary> matches = this.search.matching(wanted);
		this.events.publishEvent(
				new PersonsLookedUp(wanted.keySet().stream().map(kind -> kind.name().toLowerCase(Locale.ROOT)).toList(),
						matches.stream().map(PersonSummary::code).toList()));
		return matches;
	}

	/**
	 * Whether the person entered may already be registered: the same name tokens and
	 * birth year, or a phone number in common, or the same document number. Names, by
	 * code and what matched, only persons whose record the caseworker may change; of
	 * anyone else it says only whether there is someone. Runs only within the intake's
	 * own check ({@link PersonAccess#permitsDuplicateCheck()}), limited per caseworker
	 * and hour, so that it cannot be used to find out who is registered; each check is
	 * recorded. In a transaction of its own: a check that was made counts and stays
	 * recorded even when the caller's work then rolls back (an intake refused for want of
	 * a review, say).
	 */
	@PreAuthorize(CASEWORKER)
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public LikelyDuplicates findLikelyDuplicates(Identity entered) {
		if (!this.identities.permitsDuplicateCheck()) {
			this.events.publishEvent(new AccessRefused("person:duplicate-check:outside-intake"));
			throw new AccessDeniedException("The duplicate check runs only within the intake");
		}
		Identity identity = IdentityRules.check(entered, this.clock);
		Map<Kind, Set<String>> enteredValues = IdentityIndex.valuesOf(identity);
		boolean byName = !IdentityIndex.legalNameTokens(identity).isEmpty() && identity.dateOfBirth() != null;
		if (!byName && enteredValues.get(Kind.PHONE).isEmpty() && enteredValues.get(Kind.DOCUMENT).isEmpty()) {
			return new LikelyDuplicates(List.of(), false);
		}
		countDuplicateCheck();
		PersonSearch.Duplicates found = this.search.duplicatesOf(identity);
		this.events.publishEvent(new DuplicatesChecked(identity.filledFields(), found.all(), found.others()));
		return new LikelyDuplicates(found.yours(), !found.others().isEmpty());
	}

	/**
	 * Counts this check against the caseworker's hour, or refuses it when that is used
	 * up.
	 */
	private void countDuplicateCheck() {
		Instant now = this.clock.instant();
		UUID caseworker = this.accounts.signedInAccount();
		if (this.duplicateChecks.madeSince(caseworker, now.minus(Duration.ofHours(1))) >= this.duplicateChecksPerHour) {
			this.events.publishEvent(new AccessRefused("person:duplicate-check:hourly-limit"));
			throw new InvalidInputException(Problem.ofForm("person.duplicates.limit", this.duplicateChecksPerHour));
		}
		this.duplicateChecks.record(caseworker, now);
	}

	/**
	 * Profiles of many persons at once, for lists and reports; no identity. Those the
	 * user may not see the profile of are left out: a caseworker sees her persons', a
	 * supervisor those of a case in a team they supervise or their reports count.
	 */
	@PreAuthorize("hasAnyRole('" + Roles.CASEWORKER + "', '" + Roles.SUPERVISOR + "')")
	@Transactional(readOnly = true)
	public Map<PersonCode, PersonSummary> summaries(Collection<PersonCode> codes) {
		Set<PersonCode> permitted = this.identities.profilesPermitted(codes);
		Map<PersonCode, PersonSummary> found = new HashMap<>();
		this.persons.summaries(permitted.stream().map(PersonCode::value).toList())
			.stream()
			.map(PersonSummaryRow::summary)
			.forEach(summary -> found.put(summary.code(), summary));
		return found;
	}

	private PersonCode newCode() {
		PersonCode code = PersonCode.random();
		while (this.persons.existsByCode(code.value())) {
			code = PersonCode.random();
		}
		return code;
	}

}
