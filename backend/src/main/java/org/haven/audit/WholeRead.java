package org.haven.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.haven.shared.PseudonymousId;

/**
 * The identity read in progress on this thread whose method said that the reads it makes
 * are part of it ({@code RevealsIdentity.includesItsReads}): what those reads and the
 * facts published on the way add to its one event, instead of events of their own.
 */
final class WholeRead {

	private static final ThreadLocal<WholeRead> CURRENT = new ThreadLocal<>();

	private final PseudonymousId subject;

	private final List<String> fields;

	private String reason;

	private WholeRead(PseudonymousId subject, List<String> fields) {
		this.subject = subject;
		this.fields = new ArrayList<>(fields);
	}

	static WholeRead begin(PseudonymousId subject, List<String> fields) {
		WholeRead read = new WholeRead(subject, fields);
		CURRENT.set(read);
		return read;
	}

	static void end() {
		CURRENT.remove();
	}

	static Optional<WholeRead> current() {
		return Optional.ofNullable(CURRENT.get());
	}

	/** The read in progress, when what happens to that subject is part of it. */
	static Optional<WholeRead> of(PseudonymousId subject) {
		return current().filter(read -> read.subject != null && read.subject.equals(subject));
	}

	/**
	 * What the read turned out to cover, and why, in its one event: the parts name the
	 * fields more exactly than the method's mark does.
	 */
	void coveredExactly(List<String> parts, String why) {
		if (!parts.isEmpty()) {
			this.fields.clear();
			this.fields.addAll(parts);
		}
		this.reason = why;
	}

	List<String> fields() {
		return List.copyOf(this.fields);
	}

	String reason() {
		return this.reason;
	}

}
