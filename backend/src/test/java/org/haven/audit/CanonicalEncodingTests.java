package org.haven.audit;

import java.time.Instant;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10, point 4: the canonical encoding of chain format 2 is injective, so that no
 * two different events hash alike, whatever their texts and lists hold (commas, empty
 * items, any characters); and reading a stored list keeps every item, so that appending
 * {@code ",,,"} to a stored list changes what is hashed.
 */
class CanonicalEncodingTests {

	@Property(tries = 2_000)
	void different_events_never_encode_alike(@ForAll("events") AuditEvent one, @ForAll("events") AuditEvent other,
			@ForAll("positions") long position) {
		if (!one.equals(other)) {
			assertThat(ChainHash.encoded(ChainHash.GENESIS, one, position))
				.isNotEqualTo(ChainHash.encoded(ChainHash.GENESIS, other, position));
		}
	}

	@Property(tries = 2_000)
	void an_event_encodes_differently_at_another_position(@ForAll("events") AuditEvent event,
			@ForAll("positions") long one, @ForAll("positions") long other) {
		if (one != other) {
			assertThat(ChainHash.encoded(ChainHash.GENESIS, event, one))
				.isNotEqualTo(ChainHash.encoded(ChainHash.GENESIS, event, other));
		}
	}

	@Property(tries = 2_000)
	void different_stored_lists_never_read_as_the_same_list(@ForAll("storedLists") String one,
			@ForAll("storedLists") String other) {
		if (!one.equals(other)) {
			assertThat(AuditEventRows.list(one)).isNotEqualTo(AuditEventRows.list(other));
		}
	}

	@Test
	void fields_with_empty_items_appended_hash_differently_in_either_format() {
		AuditEvent stored = event(List.of("givenNames", "familyNames"));
		AuditEvent appended = event(AuditEventRows.list("givenNames,familyNames,,,"));

		assertThat(appended.fields()).containsExactly("givenNames", "familyNames", "", "", "");
		assertThat(ChainHash.ofEntry(ChainHash.GENESIS, 1, appended))
			.isNotEqualTo(ChainHash.ofEntry(ChainHash.GENESIS, 1, stored));
		assertThat(ChainHash.ofLegacyEvent(ChainHash.GENESIS, appended, 1))
			.isNotEqualTo(ChainHash.ofLegacyEvent(ChainHash.GENESIS, stored, 1));
	}

	@Test
	void a_list_item_that_would_not_read_back_as_written_is_refused() {
		assertThat(AuditEventRows.stored(List.of("givenNames", "phone"))).isEqualTo("givenNames,phone");
		Assertions.assertThatThrownBy(() -> AuditEventRows.stored(List.of("a,b")))
			.isInstanceOf(IllegalArgumentException.class);
		Assertions.assertThatThrownBy(() -> AuditEventRows.stored(List.of("a", "")))
			.isInstanceOf(IllegalArgumentException.class);
	}

	private static AuditEvent event(List<String> fields) {
		return new AuditEvent(1, Instant.parse("2026-01-01T00:00:00Z"), "actor", "carol", List.of("CASEWORKER"),
				"IDENTITY_REVEALED", "PERSON", "P-0000-0001", fields, Outcome.ALLOWED, null, null, null);
	}

	private record Who(long seq, Instant at, String actorId, String username, List<String> roles, String action,
			String subjectType, String subjectId) {
	}

	@Provide
	Arbitrary<Long> positions() {
		return Arbitraries.longs().between(0, Long.MAX_VALUE);
	}

	@Provide
	Arbitrary<String> storedLists() {
		return Arbitraries.strings().withChars("ab,").ofMaxLength(6);
	}

	@Provide
	Arbitrary<AuditEvent> events() {
		Arbitrary<String> text = Arbitraries.oneOf(Arbitraries.strings().withChars("ab,\u0000é").ofMaxLength(4),
				Arbitraries.just(null));
		Arbitrary<List<String>> list = Arbitraries.strings().withChars("a,").ofMaxLength(3).list().ofMaxSize(3);
		Arbitrary<Instant> time = Arbitraries.longs()
			.between(0, 4_000_000_000_000_000L)
			.map(micros -> Instant.EPOCH.plusNanos(micros * 1_000));
		Arbitrary<Who> who = Combinators
			.combine(Arbitraries.longs().between(1, 1_000), time, text, text, list, text, text, text)
			.as((seq, at, actorId, username, roles, action, subjectType, subjectId) -> new Who(seq, at, actorId,
					username, roles, action == null ? "" : action, subjectType, subjectId));
		return Combinators.combine(who, list, Arbitraries.of(Outcome.values()), text, text, text)
			.as((w, fields, outcome, reason, session, client) -> new AuditEvent(w.seq(), w.at(), w.actorId(),
					w.username(), w.roles(), w.action(), w.subjectType(), w.subjectId(), fields, outcome, reason,
					session, client));
	}

}
