package org.haven.crypto;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.regex.Pattern;

import com.google.crypto.tink.Mac;
import org.haven.shared.IntegrityCheckFailed;
import org.haven.shared.PseudonymousId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Seals the rows that grant access to identity (a case's link to its person, assignments,
 * break-glass grants, role memberships, an account's link to its sign-in) with a MAC
 * (HMAC-SHA256) under the authorisation keyset, which lives in a file with the other
 * keys, never in the database. Whoever can write to the database can copy, delete or
 * replay rows, but cannot make a row that Haven accepts: every check recomputes the MAC
 * over the row as stored.
 * <p>
 * A seal starts with Tink's five-byte prefix naming the key version that made it, so that
 * the keyset can rotate. What is sealed is a {@link Row}: a kind of row and its values,
 * encoded canonically and length-prefixed, so that two different rows (of one kind or of
 * two) never encode alike and a seal of one kind never verifies as another. A row whose
 * seal fails is reported as an integrity finding by {@link #check}.
 */
@Service
public class AuthorizationSeal {

	private static final int PREFIX_LENGTH = 5;

	private final Keyring keyring;

	private final ApplicationEventPublisher events;

	private volatile Primitive cached;

	AuthorizationSeal(Keyring keyring, ApplicationEventPublisher events) {
		this.keyring = keyring;
		this.events = events;
	}

	/** The values of a row of the given kind, to seal or to check. */
	public static Row row(String kind) {
		return new Row(kind);
	}

	/** The MAC of the row under the primary key version. */
	public byte[] seal(Row row) {
		try {
			return mac().computeMac(row.encoded());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot use the authorisation key", ex);
		}
	}

	/**
	 * Whether the seal was made by Haven for exactly this row, under a key version still
	 * enabled. A missing seal never verifies.
	 */
	public boolean verifies(Row row, byte[] seal) {
		if (seal == null || seal.length <= PREFIX_LENGTH) {
			return false;
		}
		try {
			mac().verifyMac(seal, row.encoded());
			return true;
		}
		catch (GeneralSecurityException ex) {
			return false;
		}
	}

	/**
	 * Like {@link #verifies}, and a row that fails is reported as an integrity finding
	 * about the subject it belongs to.
	 */
	public boolean check(Row row, byte[] seal, PseudonymousId subject) {
		if (verifies(row, seal)) {
			return true;
		}
		this.events.publishEvent(new IntegrityCheckFailed(row.kind(), subject));
		return false;
	}

	/** The id of the key version that made a seal, as the Keys view shows it. */
	public static long keyVersionOf(byte[] seal) {
		if (seal == null || seal.length < PREFIX_LENGTH) {
			return 0;
		}
		return Integer.toUnsignedLong(ByteBuffer.wrap(seal, 1, 4).getInt());
	}

	private Mac mac() {
		KeysetFile.Contents contents = this.keyring.authorization().contents();
		Primitive current = this.cached;
		if (current == null || current.contents() != contents) {
			current = new Primitive(contents, this.keyring.authorization().primitive(Mac.class));
			this.cached = current;
		}
		return current.mac();
	}

	private record Primitive(KeysetFile.Contents contents, Mac mac) {
	}

	/**
	 * A kind of row and its values in order. Each value is written as a type tag, its
	 * length and its bytes, after the kind, so that the encoding can be read back in one
	 * way only.
	 */
	public static final class Row {

		private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9-]{1,62}");

		private static final String DOMAIN = "haven/authorization-row/v1";

		private static final byte NULL = 0;

		private static final byte TEXT = 1;

		private static final byte ID = 2;

		private static final byte FLAG = 3;

		private static final byte NUMBER = 4;

		private static final byte INSTANT = 5;

		private final String kind;

		private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

		private Row(String kind) {
			if (kind == null || !KIND.matcher(kind).matches()) {
				throw new IllegalArgumentException("A row kind is lower case with dashes");
			}
			this.kind = kind;
			write(TEXT, DOMAIN.getBytes(StandardCharsets.UTF_8));
			write(TEXT, kind.getBytes(StandardCharsets.UTF_8));
		}

		public Row with(String value) {
			return value == null ? nothing() : write(TEXT, value.getBytes(StandardCharsets.UTF_8));
		}

		public Row with(UUID value) {
			if (value == null) {
				return nothing();
			}
			return write(ID,
					ByteBuffer.allocate(16)
						.putLong(value.getMostSignificantBits())
						.putLong(value.getLeastSignificantBits())
						.array());
		}

		public Row with(boolean value) {
			return write(FLAG, new byte[] { (byte) (value ? 1 : 0) });
		}

		public Row with(long value) {
			return write(NUMBER, ByteBuffer.allocate(8).putLong(value).array());
		}

		/**
		 * To the microsecond, as PostgreSQL keeps it, so that a value read back seals
		 * alike.
		 */
		public Row with(Instant value) {
			if (value == null) {
				return nothing();
			}
			Instant micros = value.truncatedTo(ChronoUnit.MICROS);
			return write(INSTANT,
					ByteBuffer.allocate(12).putLong(micros.getEpochSecond()).putInt(micros.getNano()).array());
		}

		public Row with(Enum<?> value) {
			return with(value == null ? null : value.name());
		}

		private Row nothing() {
			return write(NULL, new byte[0]);
		}

		private Row write(byte type, byte[] value) {
			this.bytes.write(type);
			this.bytes.writeBytes(ByteBuffer.allocate(4).putInt(value.length).array());
			this.bytes.writeBytes(value);
			return this;
		}

		/** The kind of row, as integrity findings name it. */
		public String kind() {
			return this.kind;
		}

		byte[] encoded() {
			return this.bytes.toByteArray();
		}

	}

}
