package org.haven.assessment;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.haven.access.AccountDirectory;
import org.haven.assistance.AfterCareChecks;
import org.haven.casefile.CaseCode;
import org.haven.casefile.CaseWork;
import org.haven.casefile.WorkedCase;
import org.haven.consent.ConsentCheck;
import org.haven.consent.ConsentPurpose;
import org.haven.crypto.FieldEncryption;
import org.haven.crypto.OwnerCipher;
import org.haven.platform.Days;
import org.haven.shared.InvalidInputException;
import org.haven.shared.Problem;
import org.haven.shared.Problems;
import org.haven.shared.Roles;
import org.hibernate.exception.ConstraintViolationException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's assessments: the administrations of each instrument version, from the baseline
 * to the endline and after closure. Read by whoever may work on the case; recorded by its
 * assigned caseworkers while the person's consent to case management is live. Scores and
 * codes are stored as they are, the reasons encrypted under the case's data key; every
 * read and record is in the audit trail. An administration is written once, whole or not
 * at all.
 */
@Service
@Transactional
public class Assessments {

	private static final String CASEWORKER = "hasRole('" + Roles.CASEWORKER + "')";

	private static final String ONE_BASELINE = "assessment_one_baseline_per_case";

	private static final String ONE_PER_AFTER_CARE_CHECK = "assessment_one_per_after_care_check";

	private final AdministrationEntries administrations;

	private final AnswerEntries answers;

	private final InstrumentCatalogue catalogue;

	private final CaseWork cases;

	private final AfterCareChecks afterCare;

	private final ConsentCheck consent;

	private final FieldEncryption encryption;

	private final AccountDirectory accounts;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Assessments(AdministrationEntries administrations, AnswerEntries answers, InstrumentCatalogue catalogue,
			CaseWork cases, AfterCareChecks afterCare, ConsentCheck consent, FieldEncryption encryption,
			AccountDirectory accounts, Clock clock, ApplicationEventPublisher events) {
		this.administrations = administrations;
		this.answers = answers;
		this.catalogue = catalogue;
		this.cases = cases;
		this.afterCare = afterCare;
		this.consent = consent;
		this.encryption = encryption;
		this.accounts = accounts;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * The case's administrations, oldest first, each answer beside the previous
	 * administration's answer of the same instrument.
	 */
	@PreAuthorize(CASEWORKER)
	public List<Administration> administrations(CaseCode code) {
		WorkedCase worked = this.cases.forReading(code, "assessments:read");
		List<Administration> read = read(worked);
		this.events.publishEvent(new AssessmentsRead(worked.code()));
		return read;
	}

	/** Records an administration: every item answered, or nothing is saved. */
	@PreAuthorize(CASEWORKER)
	public Administration record(CaseCode code, NewAdministration given) {
		WorkedCase worked = this.cases.forChange(code, "assessments:record");
		this.consent.requireFor(worked, ConsentPurpose.CASE_MANAGEMENT_SERVICES, "");
		Instrument instrument = given.instrument() == null ? null
				: this.catalogue.version(given.instrument()).orElse(null);
		List<AdministrationEntry> earlier = given.instrument() == null ? List.of()
				: this.administrations.findByCaseIdOrderByAdministeredOnAscRecordedAtAsc(worked.id())
					.stream()
					.filter(entry -> entry.instrument().code().equals(given.instrument().code()))
					.toList();
		Problems problems = new Problems();
		Map<String, String> reasons = AdministrationRules.check(problems, given, instrument, earlier, worked.status(),
				Days.today(this.clock));
		if (given.kind() == AdministrationKind.POST_CLOSURE || given.afterCareCheck() != null) {
			AdministrationRules.checkAfterCareCheck(problems, given, this.afterCare.scheduledFor(worked.id()),
					this.afterCare.recordedOn(worked.id()), earlier);
		}
		problems.throwIfAny();
		RiskLevel screenRisk = AdministrationRules.screenRisk(instrument, given);
		UUID id = UUID.randomUUID();
		this.administrations.save(new AdministrationEntry(id, worked.id(), worked.person().value(), instrument.id(),
				given.kind(), given.administeredOn(), AdministrationRules.overallRisk(instrument, given, screenRisk),
				screenRisk, given.afterCareCheck(), this.accounts.signedInAccount(), this.clock.instant()));
		OwnerCipher cipher = this.encryption.cipherFor(worked.id());
		List<AnswerEntry> entries = new ArrayList<>();
		for (Instrument.Item item : instrument.items()) {
			ItemAnswer answer = given.answers().get(item.code());
			UUID answerId = UUID.randomUUID();
			String reason = reasons.get(item.code());
			entries.add(new AnswerEntry(answerId, id, item.code(), answer.response(), answer.score(),
					reason == null ? null : cipher.encrypt(AnswerEntry.reasonField(answerId), reason)));
		}
		this.answers.saveAll(entries);
		flushRefusingWhatAnotherRecordedMeanwhile();
		this.events.publishEvent(new AssessmentRecorded(worked.code(), instrument.id(), given.kind(),
				AdministrationRules.overallRisk(instrument, given, screenRisk)));
		return read(worked).stream().filter(read -> read.id().equals(id)).findFirst().orElseThrow();
	}

	/**
	 * Writes the administration, unless another caseworker recorded the case's baseline,
	 * or an administration at the same after-care check, since this one was checked: the
	 * database's unique index decides, and the caseworker gets the same field problem as
	 * if the other had come first; the transaction rolls back whole.
	 */
	private void flushRefusingWhatAnotherRecordedMeanwhile() {
		try {
			this.administrations.flush();
		}
		catch (DataIntegrityViolationException refused) {
			String constraint = constraintOf(refused);
			if (ONE_BASELINE.equals(constraint)) {
				throw new InvalidInputException(Problem.of("kind", "assessment.kind.second-baseline"));
			}
			if (ONE_PER_AFTER_CARE_CHECK.equals(constraint)) {
				throw new InvalidInputException(
						Problem.of("afterCareCheck", "assessment.after-care-check.already-assessed"));
			}
			throw refused;
		}
	}

	private static @Nullable String constraintOf(Throwable thrown) {
		for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
			if (cause instanceof ConstraintViolationException violation) {
				return violation.getConstraintName();
			}
		}
		return null;
	}

	private List<Administration> read(WorkedCase worked) {
		List<AdministrationEntry> entries = this.administrations
			.findByCaseIdOrderByAdministeredOnAscRecordedAtAsc(worked.id());
		Map<UUID, List<AnswerEntry>> answersOf = this.answers
			.findByAdministrationIdIn(entries.stream().map(AdministrationEntry::id).toList())
			.stream()
			.collect(Collectors.groupingBy(AnswerEntry::administrationId));
		OwnerCipher cipher = this.encryption.cipherFor(worked.id());
		Map<InstrumentVersion, Map<String, Integer>> positions = new HashMap<>();
		Map<String, Map<String, AnswerEntry>> latestByInstrument = new HashMap<>();
		List<Administration> read = new ArrayList<>();
		for (AdministrationEntry entry : entries) {
			Map<String, AnswerEntry> previous = latestByInstrument.getOrDefault(entry.instrument().code(), Map.of());
			Map<String, AnswerEntry> these = new HashMap<>();
			List<Administration.Answered> answered = new ArrayList<>();
			for (AnswerEntry answer : answersOf.getOrDefault(entry.id(), List.of())) {
				these.put(answer.itemCode(), answer);
				AnswerEntry before = previous.get(answer.itemCode());
				answered.add(new Administration.Answered(answer.itemCode(), answer.response(), answer.score(),
						reason(cipher, answer), before == null ? null : before.response(),
						before == null ? null : before.score()));
			}
			latestByInstrument.put(entry.instrument().code(), these);
			read.add(new Administration(entry.id(), entry.instrument(), entry.kind(), entry.administeredOn(),
					entry.overallRisk(), entry.screenRisk(),
					ordered(positions.computeIfAbsent(entry.instrument(), this::positions), answered), entry.version(),
					entry.afterCareCheck()));
		}
		return read;
	}

	private Map<String, Integer> positions(InstrumentVersion instrument) {
		return this.catalogue.version(instrument)
			.map(found -> found.items()
				.stream()
				.collect(Collectors.toMap(Instrument.Item::code, Instrument.Item::position)))
			.orElse(Map.of());
	}

	/** The answers in the order of the instrument's items. */
	private static List<Administration.Answered> ordered(Map<String, Integer> positions,
			List<Administration.Answered> answered) {
		return answered.stream()
			.sorted(Comparator.comparing(answer -> positions.getOrDefault(answer.item(), 0)))
			.toList();
	}

	private static @Nullable String reason(OwnerCipher cipher, AnswerEntry answer) {
		return answer.reason() == null ? null : cipher.decrypt(AnswerEntry.reasonField(answer.id()), answer.reason());
	}

}
