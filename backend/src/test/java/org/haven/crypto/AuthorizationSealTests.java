package org.haven.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.haven.crypto.AuthorizationSeal.Row;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The encoding of sealed rows is injective: two rows that differ in kind or in any value,
 * however the values are split, typed or left null, never encode alike; and so the seal
 * of one row never verifies another.
 */
class AuthorizationSealTests {

	static Path keys;

	static Keyring keyring;

	static AuthorizationSeal seal;

	@BeforeContainer
	static void openAKeyring() throws Exception {
		keys = Files.createTempDirectory("haven-seal-tests");
		keyring = new Keyring(keys, "a test passphrase".toCharArray(), Clock.systemUTC());
		keyring.openOrCreate();
		seal = new AuthorizationSeal(keyring, event -> {
		});
	}

	@AfterContainer
	static void removeTheKeys() throws Exception {
		try (var files = Files.walk(keys)) {
			files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
	}

	@Property
	void different_rows_never_encode_alike(@ForAll @Size(max = 80) List<@From("rows") Spec> rows) {
		Map<String, Spec> byEncoding = new HashMap<>();
		for (Spec row : rows) {
			Spec earlier = byEncoding.putIfAbsent(HexFormat.of().formatHex(row.row().encoded()), row);
			assertThat(earlier == null || earlier.equals(row)).as("%s and %s encode alike", earlier, row).isTrue();
		}
	}

	/** An encoding that can be read back in one way only is injective. */
	@Property
	void every_encoding_reads_back_as_the_row_it_was_made_from(@ForAll("rows") Spec row) {
		assertThat(decode(row.row().encoded())).isEqualTo(row);
	}

	@Property(tries = 200)
	void a_seal_verifies_its_own_row_and_no_other(@ForAll("rows") Spec one, @ForAll("rows") Spec other) {
		byte[] sealed = seal.seal(one.row());
		assertThat(seal.verifies(one.row(), sealed)).isTrue();
		assertThat(seal.verifies(other.row(), sealed)).isEqualTo(one.equals(other));
	}

	@Property(tries = 200)
	void a_changed_byte_anywhere_in_a_seal_fails(@ForAll("rows") Spec row, @ForAll int position) {
		byte[] sealed = seal.seal(row.row());
		sealed[Math.floorMod(position, sealed.length)] ^= 0x01;
		assertThat(seal.verifies(row.row(), sealed)).isFalse();
	}

	@Property(tries = 50)
	void a_seal_names_the_key_version_that_made_it(@ForAll("rows") Spec row) {
		long primary = Integer.toUnsignedLong(keyring.authorization().contents().keyset().getPrimary().getId());
		assertThat(AuthorizationSeal.keyVersionOf(seal.seal(row.row()))).isEqualTo(primary);
	}

	private static Spec decode(byte[] encoded) {
		ByteBuffer buffer = ByteBuffer.wrap(encoded);
		assertThat(read(buffer)).isEqualTo("haven/authorization-row/v1");
		String kind = (String) read(buffer);
		List<Object> values = new ArrayList<>();
		while (buffer.hasRemaining()) {
			values.add(read(buffer));
		}
		return new Spec(kind, values);
	}

	private static Object read(ByteBuffer buffer) {
		byte type = buffer.get();
		byte[] value = new byte[buffer.getInt()];
		buffer.get(value);
		ByteBuffer content = ByteBuffer.wrap(value);
		return switch (type) {
			case 0 -> ofLength(value, 0, Nothing.NULL);
			case 1 -> new String(value, StandardCharsets.UTF_8);
			case 2 -> ofLength(value, 16, new UUID(content.getLong(), content.getLong()));
			case 3 -> ofLength(value, 1, value[0] == 1);
			case 4 -> ofLength(value, 8, content.getLong());
			case 5 -> ofLength(value, 12, Instant.ofEpochSecond(content.getLong(), content.getInt()));
			default -> throw new IllegalArgumentException("unknown type " + type);
		};
	}

	private static Object ofLength(byte[] value, int expected, Object read) {
		assertThat(value).hasSize(expected);
		return read;
	}

	@Provide
	Arbitrary<Spec> rows() {
		Arbitrary<String> kinds = Arbitraries.of("case-person-link", "case-assignment", "case", "case-a",
				"account-role");
		Arbitrary<Object> values = Arbitraries.oneOf(
				Arbitraries.strings().ofMaxLength(3).withChars("a-\u0000\u0001é").map(value -> (Object) value),
				Arbitraries
					.of(new UUID(0, 0), new UUID(0x6162, 0x63), UUID.fromString("61626364-6566-6768-696a-6b6c6d6e6f70"))
					.map(value -> (Object) value),
				Arbitraries.of(true, false).map(value -> (Object) value),
				Arbitraries.longs().between(-2, 2).map(value -> (Object) value),
				Arbitraries.of(Instant.EPOCH, Instant.ofEpochSecond(1, 1000)).map(value -> (Object) value),
				Arbitraries.just(Nothing.NULL));
		return Combinators.combine(kinds, values.list().ofMaxSize(3)).as(Spec::new);
	}

	/** A null value, kept apart from the others so that the spec can compare it. */
	enum Nothing {

		NULL

	}

	record Spec(String kind, List<Object> values) {

		Row row() {
			Row row = AuthorizationSeal.row(this.kind);
			for (Object value : this.values) {
				switch (value) {
					case String text -> row.with(text);
					case UUID id -> row.with(id);
					case Boolean flag -> row.with(flag.booleanValue());
					case Long number -> row.with(number.longValue());
					case Instant instant -> row.with(instant);
					case Nothing nothing -> row.with((String) null);
					default -> throw new IllegalArgumentException("not a row value");
				}
			}
			return row;
		}

	}

}
