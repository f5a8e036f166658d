package org.haven.reference;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.haven.IntegrationTest;
import org.haven.TestSecurity;
import org.haven.person.VulnerabilityFactor;
import org.haven.shared.ConflictException;
import org.haven.shared.InvalidInputException;
import org.haven.shared.LanguageTags;
import org.haven.shared.NotFoundException;
import org.haven.shared.Problem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

@IntegrationTest
@WithMockUser(username = "adam", roles = "ADMIN")
class ReferenceDataTests {

	static final String TEST_PREFIX = "TEST_";

	static final AtomicInteger NEXT = new AtomicInteger();

	/** Words French spells as English does: the only labels that may read the same. */
	static final Set<String> SAME_IN_FRENCH = Set.of("SERVITUDE", "AGRICULTURE", "CONSTRUCTION", "DISCRIMINATION",
			"MARGINALISATION", "CORRUPTION");

	@Autowired
	ReferenceData reference;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void every_list_is_seeded_with_labels_in_every_language_haven_is_written_in() {
		for (ReferenceList list : ReferenceList.values()) {
			List<ReferenceItem> seeded = this.reference.active(list)
				.stream()
				.filter(item -> !item.code().startsWith(TEST_PREFIX))
				.toList();
			assertThat(seeded).as(list.name()).isNotEmpty().allSatisfy(item -> {
				assertThat(item.labels().keySet()).as(item.code())
					.containsExactlyInAnyOrderElementsOf(LanguageTags.ALL);
				assertThat(item.labels().values()).as(item.code()).allSatisfy(label -> assertThat(label).isNotBlank());
				assertThat(item.label("zh")).as(item.code()).matches(".*\\p{IsHan}.*");
				assertThat(item.label("ar")).as(item.code()).matches(".*\\p{IsArabic}.*");
				assertThat(item.label("ru")).as(item.code()).matches(".*\\p{IsCyrillic}.*");
				if (!SAME_IN_FRENCH.contains(item.code())) {
					assertThat(item.label("fr")).as(item.code()).isNotEqualTo(item.label("en"));
				}
				assertThat(item.label("es")).as(item.code()).isNotEqualTo(item.label("en"));
			});
		}
		ReferenceItem fraud = this.reference.find(ReferenceList.MEANS, "FRAUD").orElseThrow();
		assertThat(fraud.label(Locale.ENGLISH)).isEqualTo("Fraud");
		assertThat(fraud.label(Locale.SIMPLIFIED_CHINESE)).isEqualTo("欺诈");
		assertThat(fraud.label(Locale.FRENCH)).isEqualTo("Fraude");
		assertThat(fraud.label(Locale.of("es"))).isEqualTo("Fraude");
		assertThat(fraud.label(Locale.of("ru"))).isEqualTo("Мошенничество");
		assertThat(fraud.label(Locale.of("ar"))).isEqualTo("الاحتيال");
	}

	@Test
	void a_language_without_a_label_yet_reads_the_english_one() {
		ReferenceItem fraud = this.reference.find(ReferenceList.MEANS, "FRAUD").orElseThrow();

		assertThat(fraud.label(Locale.GERMAN)).isEqualTo("Fraud");
	}

	@Test
	void the_seeds_hold_the_three_elements_of_the_protocol_and_forced_criminality() {
		assertThat(codes(ReferenceList.ACTS)).containsExactly("RECRUITMENT", "TRANSPORTATION", "TRANSFER", "HARBOURING",
				"RECEIPT");
		assertThat(codes(ReferenceList.MEANS)).hasSize(9).contains("ABUSE_OF_VULNERABILITY");
		assertThat(codes(ReferenceList.EXPLOITATION_FORMS)).contains("SEXUAL_EXPLOITATION", "FORCED_LABOUR",
				"ORGAN_REMOVAL", "FORCED_CRIMINALITY", "FORCED_MARRIAGE", "FORCED_BEGGING");
		assertThat(codes(ReferenceList.CONTROL_MEANS)).contains("DEBT_BONDAGE", "RESTRICTS_MOVEMENT",
				"WITHHOLDS_DOCUMENTS", "THREATS_TO_FAMILY");
	}

	@Test
	void the_vulnerability_factors_agree_with_the_persons_profile() {
		List<String> factors = Arrays.stream(VulnerabilityFactor.values())
			.filter(factor -> !factor.standsAlone())
			.map(Enum::name)
			.toList();
		assertThat(codes(ReferenceList.VULNERABILITY_FACTORS)).containsExactlyElementsOf(factors);
	}

	@Test
	void only_the_online_recruitment_channels_are_online() {
		assertThat(codes(ReferenceList.RECRUITMENT_CHANNELS).stream().filter(this.reference::isOnlineChannel))
			.containsExactlyInAnyOrder("ONLINE_ADVERTISEMENT", "SOCIAL_MEDIA", "MESSAGING_APP", "JOB_PORTAL",
					"DATING_APP");
		assertThat(this.reference.isOnlineChannel("NO_SUCH_CHANNEL")).isFalse();
	}

	@Test
	void an_item_an_administrator_adds_is_offered_last_in_its_list() {
		String code = newCode();
		ReferenceItem added = this.reference.add(ReferenceList.EXPLOITATION_FORMS,
				new NewReferenceItem(code, TestLabels.of(" Forced surrogacy ", "zh", "强迫代孕")));

		assertThat(added.label(Locale.ENGLISH)).isEqualTo("Forced surrogacy");
		assertThat(added.label(Locale.CHINESE)).isEqualTo("强迫代孕");
		assertThat(this.reference.isOffered(ReferenceList.EXPLOITATION_FORMS, code)).isTrue();
		assertThat(this.reference.active(ReferenceList.EXPLOITATION_FORMS)).last().isEqualTo(added);
		assertThat(this.reference.isOffered(ReferenceList.SECTORS, code)).as("other lists").isFalse();
	}

	@Test
	void any_signed_in_user_reads_the_lists() {
		assertThat(TestSecurity.asCaseworker(() -> this.reference.active(ReferenceList.SECTORS))).isNotEmpty();
		assertThat(TestSecurity.as("alice", "AUDITOR", () -> this.reference.find(ReferenceList.ACTS, "RECEIPT")))
			.isPresent();
	}

	@Test
	void a_retired_item_is_no_longer_offered_but_still_reads() {
		ReferenceItem added = add(ReferenceList.SECTORS);

		ReferenceItem retired = this.reference.retire(ReferenceList.SECTORS, added.code(), added.version());

		assertThat(retired.retired()).isTrue();
		assertThat(this.reference.isOffered(ReferenceList.SECTORS, added.code())).isFalse();
		assertThat(this.reference.active(ReferenceList.SECTORS)).extracting(ReferenceItem::code)
			.doesNotContain(added.code());
		assertThat(this.reference.all(ReferenceList.SECTORS)).contains(retired);
		assertThat(this.reference.find(ReferenceList.SECTORS, added.code())).contains(retired);

		ReferenceItem reinstated = this.reference.reinstate(ReferenceList.SECTORS, added.code(), retired.version());
		assertThat(reinstated.retired()).isFalse();
		assertThat(this.reference.isOffered(ReferenceList.SECTORS, added.code())).isTrue();
	}

	@Test
	void relabelling_changes_the_labels_and_keeps_the_code() {
		ReferenceItem added = add(ReferenceList.MEANS);

		ReferenceItem relabelled = this.reference.relabel(ReferenceList.MEANS, added.code(), added.version(),
				TestLabels.of("Sextortion", "fr", "Sextorsion"));

		assertThat(relabelled.code()).isEqualTo(added.code());
		assertThat(relabelled.version()).isGreaterThan(added.version());
		ReferenceItem stored = this.reference.find(ReferenceList.MEANS, added.code()).orElseThrow();
		assertThat(stored.label("en")).isEqualTo("Sextortion");
		assertThat(stored.label("fr")).isEqualTo("Sextorsion");
		assertThat(stored.label("ar")).isEqualTo("Sextortion (ar)");
	}

	@Test
	void only_an_administrator_changes_a_list() {
		String code = newCode();
		assertThatThrownBy(() -> TestSecurity.asCaseworker(
				() -> this.reference.add(ReferenceList.ACTS, new NewReferenceItem(code, TestLabels.of("Lure")))))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> TestSecurity.as("sam", "SUPERVISOR",
				() -> this.reference.retire(ReferenceList.ACTS, "RECRUITMENT", 0)))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(this.reference.find(ReferenceList.ACTS, code)).isEmpty();
		assertThat(this.reference.isOffered(ReferenceList.ACTS, "RECRUITMENT")).isTrue();
	}

	@Test
	void bad_codes_and_labels_are_refused_field_by_field() {
		InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> this.reference
			.add(ReferenceList.SECTORS, new NewReferenceItem("bad code", Map.of("en", " ", "zh", "x".repeat(201)))));
		assertThat(refused.problems()).extracting(Problem::field, Problem::messageKey)
			.containsExactlyInAnyOrder(tuple("code", "reference.code.invalid"),
					tuple("label.en", "validation.required"), tuple("label.zh", "validation.too-long"),
					tuple("label.ar", "validation.required"), tuple("label.fr", "validation.required"),
					tuple("label.ru", "validation.required"), tuple("label.es", "validation.required"));

		for (String code : List.of("A", "X".repeat(65), "FISHING-BOATS", "ÄRZTE")) {
			assertThat(catchThrowableOfType(InvalidInputException.class,
					() -> this.reference.add(ReferenceList.SECTORS, new NewReferenceItem(code, TestLabels.of("Label"))))
				.problems()).as(code).extracting(Problem::field).containsExactly("code");
		}
		assertThat(catchThrowableOfType(InvalidInputException.class,
				() -> this.reference.add(ReferenceList.SECTORS, new NewReferenceItem(null, TestLabels.of("Label"))))
			.problems()).extracting(Problem::messageKey).containsExactly("validation.required");
		assertThat(this.reference.find(ReferenceList.SECTORS, "FISHING-BOATS")).isEmpty();
	}

	@Test
	void a_code_already_in_the_list_is_refused_even_when_retired() {
		ReferenceItem added = add(ReferenceList.CONTROL_MEANS);
		this.reference.retire(ReferenceList.CONTROL_MEANS, added.code(), added.version());

		InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> this.reference
			.add(ReferenceList.CONTROL_MEANS, new NewReferenceItem(added.code(), TestLabels.of("Again"))));

		assertThat(refused.problems()).extracting(Problem::field, Problem::messageKey)
			.containsExactly(tuple("code", "reference.code.taken"));
		assertThat(
				this.reference.add(ReferenceList.ACTS, new NewReferenceItem(added.code(), TestLabels.of("Elsewhere"))))
			.as("the same code in another list")
			.isNotNull();
	}

	@Test
	void a_stale_version_is_a_conflict_and_overwrites_nothing() {
		ReferenceItem added = add(ReferenceList.RECRUITMENT_CHANNELS);
		this.reference.relabel(ReferenceList.RECRUITMENT_CHANNELS, added.code(), added.version(),
				TestLabels.of("Gaming platform"));

		assertThatThrownBy(
				() -> this.reference.retire(ReferenceList.RECRUITMENT_CHANNELS, added.code(), added.version()))
			.isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> this.reference.relabel(ReferenceList.RECRUITMENT_CHANNELS, added.code(),
				added.version(), TestLabels.of("Other")))
			.isInstanceOf(ConflictException.class);
		ReferenceItem now = this.reference.find(ReferenceList.RECRUITMENT_CHANNELS, added.code()).orElseThrow();
		assertThat(now.retired()).isFalse();
		assertThat(now.label(Locale.ENGLISH)).isEqualTo("Gaming platform");
	}

	@Test
	void the_database_refuses_the_application_to_delete_an_item_or_a_label() {
		assertThatThrownBy(() -> this.jdbc.update("delete from reference_item where code = 'RECEIPT'")).rootCause()
			.hasMessageContaining("permission denied");
		assertThatThrownBy(() -> this.jdbc.update("delete from reference_item_label where code = 'RECEIPT'"))
			.rootCause()
			.hasMessageContaining("permission denied");
		assertThat(this.reference.find(ReferenceList.ACTS, "RECEIPT")).isPresent();
	}

	@Test
	void an_unknown_code_is_not_found() {
		assertThatThrownBy(() -> this.reference.retire(ReferenceList.ACTS, "NO_SUCH_ACT", 0))
			.isInstanceOf(NotFoundException.class);
		assertThat(this.reference.find(ReferenceList.ACTS, "NO_SUCH_ACT")).isEmpty();
		assertThat(this.reference.isOffered(ReferenceList.ACTS, "NO_SUCH_ACT")).isFalse();
	}

	@Test
	void every_change_is_recorded_in_the_audit_trail_by_list_and_code() {
		long before = lastAuditSeq();
		ReferenceItem added = add(ReferenceList.VULNERABILITY_FACTORS);
		ReferenceItem retired = this.reference.retire(ReferenceList.VULNERABILITY_FACTORS, added.code(),
				added.version());
		this.reference.reinstate(ReferenceList.VULNERABILITY_FACTORS, added.code(), retired.version());

		List<String> recorded = this.jdbc.queryForList(
				"select actor_username || ' ' || subject_type || ' ' || subject_id || ' ' || fields || ' ' || reason"
						+ " from audit_event where seq > ? and action = 'REFERENCE_LIST_CHANGED' order by seq",
				String.class, before);
		String subject = "adam REFERENCE_LIST VULNERABILITY_FACTORS list,code " + added.code();
		assertThat(recorded).containsExactly(subject + " added", subject + " retired", subject + " reinstated");
	}

	@Test
	void a_refused_change_records_nothing() {
		long before = lastAuditSeq();
		assertThatThrownBy(() -> this.reference.add(ReferenceList.ACTS, new NewReferenceItem("x", Map.of())))
			.isInstanceOf(InvalidInputException.class);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where seq > ? and action = 'REFERENCE_LIST_CHANGED'", Long.class,
				before))
			.isZero();
	}

	private ReferenceItem add(ReferenceList list) {
		return this.reference.add(list, new NewReferenceItem(newCode(), TestLabels.of("Test item")));
	}

	private static String newCode() {
		return TEST_PREFIX + NEXT.incrementAndGet() + "_" + System.nanoTime();
	}

	/** The seeded codes: other tests in the shared database add items of their own. */
	private List<String> codes(ReferenceList list) {
		return this.reference.all(list)
			.stream()
			.map(ReferenceItem::code)
			.filter(code -> !code.startsWith(TEST_PREFIX))
			.toList();
	}

	private long lastAuditSeq() {
		Long seq = this.jdbc.queryForObject("select coalesce(max(seq), 0) from audit_event", Long.class);
		return seq == null ? 0 : seq;
	}

}
