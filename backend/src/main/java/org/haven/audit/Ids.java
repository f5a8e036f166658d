package org.haven.audit;

import org.haven.shared.PseudonymousId;

/** Subjects of audit events that have no code type of their own. */
final class Ids {

	private Ids() {
	}

	static PseudonymousId account(String id) {
		return of("ACCOUNT", id);
	}

	static PseudonymousId key(String keyset, long id) {
		return of("KEY", keyset + ":" + Long.toHexString(id));
	}

	static PseudonymousId referenceList(String list) {
		return of("REFERENCE_LIST", list);
	}

	static PseudonymousId partner(String id) {
		return of("PARTNER", id);
	}

	static PseudonymousId of(String type, String value) {
		return new PseudonymousId() {
			@Override
			public String type() {
				return type;
			}

			@Override
			public String value() {
				return value;
			}
		};
	}

}
