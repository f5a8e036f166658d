package org.haven.referral;

import java.util.Map;

import org.haven.shared.InvalidInputException;
import org.haven.shared.Problem;

/** Why a file from a partner's Haven was refused, as the audit trail keeps it. */
public enum FileRefusal {

	/** Not a referral file at all. */
	UNREADABLE,

	/** Addressed to another installation. */
	MISADDRESSED,

	/** Signed by a key of no partner in the directory. */
	UNKNOWN_SIGNER,

	/** Its signature or its encryption does not hold: altered on the way. */
	TAMPERED,

	/** Imported before. */
	REPLAYED,

	/** An answer or a revocation about no referral between the two installations. */
	NO_SUCH_REFERRAL,

	/** Opened, but what it says cannot apply (an answer to a referral withdrawn, say). */
	NOT_APPLICABLE;

	private static final Map<String, FileRefusal> BY_MESSAGE = Map.of("referral.file.unreadable", UNREADABLE,
			"referral.file.not-for-us", MISADDRESSED, "referral.file.unknown-sender", UNKNOWN_SIGNER,
			"referral.file.tampered", TAMPERED, "referral.file.already-imported", REPLAYED,
			"referral.file.no-such-referral", NO_SUCH_REFERRAL);

	/** The refusal that the message of a refused import says. */
	static FileRefusal of(InvalidInputException refused) {
		return refused.problems()
			.stream()
			.map(Problem::messageKey)
			.filter(BY_MESSAGE::containsKey)
			.map(BY_MESSAGE::get)
			.findFirst()
			.orElse(NOT_APPLICABLE);
	}

}
