package org.haven.person;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.haven.access.AccountDirectory;
import org.haven.access.CurrentUser;
import org.haven.crypto.BlindIndex.Kind;
import org.haven.crypto.BlindIndex;
import org.haven.crypto.FieldEncryption;
import org.haven.crypto.Normalise;
import org.haven.crypto.OwnerCipher;
import org.haven.crypto.TamperedCiphertextException;
import org.haven.shared.AccessRefused;
import org.haven.shared.ConflictException;
import org.haven.shared.IntegrityCheckFailed;
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

	private static final int SEARCH_LIMIT = 50;

	private final PersonRepository persons;

	private final FieldEncryption encryption;

	private final BlindIndex blindIndex;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final List<PersonAccess> access;

	private final DuplicateChecks duplicateChecks;

	private final AccountDirectory accounts;

	private final int duplicateChecksPerHour;

	PersonService(PersonRepository persons, FieldEncryption encryption, BlindIndex blindIndex, Clock clock,
			ApplicationEventPublisher events, List<PersonAccess> access, DuplicateChecks duplicateChecks,
			AccountDirectory accounts, @Value("${haven.duplicate-checks-per-hour:30}") int duplicateChecksPerHour) {
		this.access = List.copyOf(access);
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
		Person person = new Person(id, newCode(), now());
		OwnerCipher cipher = this.encryption.createDataKey(id);
		person.storeIdentity(IdentityCipher.encrypt(cipher, checked), now());
		person.changeProfile(checkedProfile, now());
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
		Person person = loadPermitted(code);
		if (person.isErased()) {
			throw new PersonErasedException(code);
		}
		return decrypt(person);
	}

	/**
	 * A person the caseworker works with, without identity; supervisors see profiles
	 * through summaries.
	 */
	@PreAuthorize(CASEWORKER)
	@Transactional(readOnly = true)
	public PersonSummary summary(PersonCode code) {
		return loadPermitted(code).summary();
	}

	/**
	 * Whether the caseworker may change the person's record, and not only read it (as
	 * they do by break-glass).
	 */
	@PreAuthorize(CASEWORKER)
	@Transactional(readOnly = true)
	public boolean mayChange(PersonCode code) {
		loadPermitted(code);
		return permittedChanges(code);
	}

	@PreAuthorize(CASEWORKER)
	public PersonSummary changeIdentity(PersonCode code, long expectedVersion, Identity identity) {
		Person person = loadChangeable(code, expectedVersion);
		Identity checked = IdentityRules.check(identity, this.clock);
		person.storeIdentity(IdentityCipher.encrypt(this.encryption.cipherFor(person.id()), checked), now());
		person.changeProfile(IdentityRules.withAgeFrom(person.profile(), checked.dateOfBirth(), this.clock), now());
		this.blindIndex.replace(person.id(), IdentityIndex.valuesOf(checked));
		this.events.publishEvent(new IdentityChanged(code));
		return this.persons.saveAndFlush(person).summary();
	}

	@PreAuthorize(CASEWORKER)
	public PersonSummary changeProfile(PersonCode code, long expectedVersion, Profile profile) {
		Person person = loadChangeable(code, expectedVersion);
		Profile checked = IdentityRules.check(profile, this.clock);
		LocalDate dateOfBirth = person.isErased() ? null : decrypt(person).dateOfBirth();
		person.changeProfile(IdentityRules.withAgeFrom(checked, dateOfBirth, this.clock), now());
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
		Person person = load(code);
		if (reason == null || person.isErased()
				|| this.access.stream().noneMatch(grant -> grant.permitsErasure(code))) {
			this.events.publishEvent(new AccessRefused("person:erase", code));
			throw new NotFoundException(PERSON);
		}
		this.encryption.destroyDataKey(person.id());
		this.blindIndex.remove(person.id());
		person.erase(reason, now());
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
		Map<Kind, Set<String>> wanted = new LinkedHashMap<>();
		if (search.name() != null && !search.name().isBlank()) {
			wanted.put(Kind.NAME, Normalise.nameTokens(search.name()));
		}
		if (search.dateOfBirth() != null) {
			wanted.put(Kind.BIRTH_DATE, Set.of(search.dateOfBirth().toString()));
		}
		if (search.phoneNumber() != null && !search.phoneNumber().isBlank()) {
			wanted.put(Kind.PHONE, Set.of(Normalise.phone(search.phoneNumber())));
		}
		if (search.documentNumber() != null && !search.documentNumber().isBlank()) {
			wanted.put(Kind.DOCUMENT, Set.of(Normalise.documentNumber(search.documentNumber())));
		}
		Set<UUID> candidates = null;
		for (Map.Entry<Kind, Set<String>> criterion : wanted.entrySet()) {
			Set<UUID> found = this.blindIndex.candidatesForAll(criterion.getKey(), criterion.getValue());
			candidates = candidates == null ? new HashSet<>(found) : retain(candidates, found);
		}
		List<PersonSummary> matches = new ArrayList<>();
		for (Person person : this.persons.findNotErased(candidates == null ? Set.of() : candidates)) {
			Map<Kind, Set<String>> actual = IdentityIndex.valuesOf(decrypt(person));
			boolean matchesAll = wanted.entrySet()
				.stream()
				.allMatch(criterion -> actual.get(criterion.getKey()).containsAll(criterion.getValue()));
			if (matchesAll && permitted(person.code())) {
				matches.add(person.summary());
			}
			if (matches.size() >= SEARCH_LIMIT) {
				break;
			}
		}
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
		if (this.access.stream().noneMatch(PersonAccess::permitsDuplicateCheck)) {
			this.events.publishEvent(new AccessRefused("person:duplicate-check:outside-intake"));
			throw new AccessDeniedException("The duplicate check runs only within the intake");
		}
		Identity identity = IdentityRules.check(entered, this.clock);
		Map<Kind, Set<String>> enteredValues = IdentityIndex.valuesOf(identity);
		Set<String> legalName = IdentityIndex.legalNameTokens(identity);
		boolean byName = !legalName.isEmpty() && identity.dateOfBirth() != null;
		if (!byName && enteredValues.get(Kind.PHONE).isEmpty() && enteredValues.get(Kind.DOCUMENT).isEmpty()) {
			return new LikelyDuplicates(List.of(), false);
		}
		countDuplicateCheck();
		Map<UUID, EnumSet<DuplicateCandidate.Match>> found = new HashMap<>();
		if (byName) {
			this.blindIndex.candidatesForAll(Kind.NAME, legalName)
				.forEach(owner -> found.computeIfAbsent(owner, any -> EnumSet.noneOf(DuplicateCandidate.Match.class)));
		}
		for (String phone : enteredValues.get(Kind.PHONE)) {
			this.blindIndex.candidates(Kind.PHONE, phone)
				.forEach(owner -> found.computeIfAbsent(owner, any -> EnumSet.noneOf(DuplicateCandidate.Match.class)));
		}
		for (String document : enteredValues.get(Kind.DOCUMENT)) {
			this.blindIndex.candidates(Kind.DOCUMENT, document)
				.forEach(owner -> found.computeIfAbsent(owner, any -> EnumSet.noneOf(DuplicateCandidate.Match.class)));
		}
		List<DuplicateCandidate> yours = new ArrayList<>();
		List<PersonCode> all = new ArrayList<>();
		List<PersonCode> others = new ArrayList<>();
		for (Person person : this.persons.findNotErased(found.keySet())) {
			Identity existing = decrypt(person);
			Map<Kind, Set<String>> existingValues = IdentityIndex.valuesOf(existing);
			EnumSet<DuplicateCandidate.Match> matches = EnumSet.noneOf(DuplicateCandidate.Match.class);
			if (!legalName.isEmpty() && legalName.equals(IdentityIndex.legalNameTokens(existing))
					&& sameBirthYear(identity, person)) {
				matches.add(DuplicateCandidate.Match.NAME_AND_BIRTH_YEAR);
			}
			if (intersects(enteredValues.get(Kind.PHONE), existingValues.get(Kind.PHONE))) {
				matches.add(DuplicateCandidate.Match.PHONE);
			}
			if (intersects(enteredValues.get(Kind.DOCUMENT), existingValues.get(Kind.DOCUMENT))) {
				matches.add(DuplicateCandidate.Match.DOCUMENT_NUMBER);
			}
			if (matches.isEmpty()) {
				continue;
			}
			all.add(person.code());
			if (permittedChanges(person.code())) {
				yours.add(new DuplicateCandidate(person.code(), Set.copyOf(matches)));
			}
			else {
				others.add(person.code());
			}
		}
		this.events.publishEvent(new DuplicatesChecked(identity.filledFields(), all, others));
		return new LikelyDuplicates(List.copyOf(yours), !others.isEmpty());
	}

	/**
	 * Counts this check against the caseworker's hour, or refuses it when that is used
	 * up.
	 */
	private void countDuplicateCheck() {
		Instant now = now();
		UUID caseworker = this.accounts.idOf(CurrentUser.username())
			.orElseThrow(() -> new IllegalStateException("The signed-in user has no account"));
		if (this.duplicateChecks.madeSince(caseworker, now.minus(Duration.ofHours(1))) >= this.duplicateChecksPerHour) {
			this.events.publishEvent(new AccessRefused("person:duplicate-check:hourly-limit"));
			throw new InvalidInputException(Problem.ofForm("person.duplicates.limit", this.duplicateChecksPerHour));
		}
		this.duplicateChecks.record(caseworker, now);
	}

	/**
	 * A damaged identity is never shown, partly or wrongly: the failure is published as
	 * an integrity finding and the read fails.
	 */
	private Identity decrypt(Person person) {
		try {
			return IdentityCipher.decrypt(this.encryption.cipherFor(person.id()), person.encryptedIdentity());
		}
		catch (TamperedCiphertextException damaged) {
			this.events.publishEvent(new IntegrityCheckFailed(DAMAGED_IDENTITY, person.code()));
			throw damaged;
		}
	}

	private boolean sameBirthYear(Identity entered, Person existing) {
		Integer year = existing.profile().birthYear();
		return year != null && year == entered.dateOfBirth().getYear();
	}

	private Person load(PersonCode code) {
		return this.persons.findByCode(code.value()).orElseThrow(() -> new NotFoundException(PERSON));
	}

	/**
	 * Profiles of many persons at once, for lists; no identity. Those the user may not
	 * see the profile of are left out: a caseworker's persons, and for supervisors those
	 * of the cases they supervise.
	 */
	@PreAuthorize("hasAnyRole('" + Roles.CASEWORKER + "', '" + Roles.SUPERVISOR + "')")
	@Transactional(readOnly = true)
	public Map<PersonCode, PersonSummary> summaries(Collection<PersonCode> codes) {
		Set<PersonCode> permitted = new HashSet<>();
		this.access.forEach(grant -> permitted.addAll(grant.profilesPermitted(codes)));
		Map<PersonCode, PersonSummary> found = new HashMap<>();
		this.persons.findByCodeIn(permitted.stream().map(PersonCode::value).toList())
			.forEach(person -> found.put(person.code(), person.summary()));
		return found;
	}

	private boolean permitted(PersonCode code) {
		return this.access.stream().anyMatch(grant -> grant.permits(code));
	}

	private boolean permittedChanges(PersonCode code) {
		return this.access.stream().anyMatch(grant -> grant.permitsChanges(code));
	}

	/** A person the user may not know of looks missing, and the refusal is recorded. */
	private Person loadPermitted(PersonCode code) {
		Person person = load(code);
		if (!permitted(code)) {
			this.events.publishEvent(new AccessRefused("person", code));
			throw new NotFoundException(PERSON);
		}
		return person;
	}

	/**
	 * A person the caseworker may change; one they only read (break-glass) is refused
	 * with a message saying so, recorded.
	 */
	private Person loadChangeable(PersonCode code, long expectedVersion) {
		Person person = loadPermitted(code);
		if (!permittedChanges(code)) {
			this.events.publishEvent(new AccessRefused("person:change:read-only", code));
			throw new InvalidInputException(Problem.ofForm("person.read-only"));
		}
		if (person.version() != expectedVersion) {
			throw new ConflictException(PERSON);
		}
		return person;
	}

	private PersonCode newCode() {
		PersonCode code = PersonCode.random();
		while (this.persons.existsByCode(code.value())) {
			code = PersonCode.random();
		}
		return code;
	}

	private static Set<UUID> retain(Set<UUID> candidates, Set<UUID> found) {
		candidates.retainAll(found);
		return candidates;
	}

	private static boolean intersects(Set<String> a, Set<String> b) {
		return a.stream().anyMatch(b::contains);
	}

	private Instant now() {
		return this.clock.instant();
	}

}
