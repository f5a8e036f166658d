package org.haven.reference;

import java.util.Locale;

/** The coded lists. The names are stored with every item; never rename one. */
public enum ReferenceList {

	ACTS, MEANS, EXPLOITATION_FORMS, CONTROL_MEANS, SECTORS, RECRUITMENT_CHANNELS, VULNERABILITY_FACTORS,

	/** The services a care plan arranges (HTCDS {@code spl_Type} in the reference). */
	SERVICE_TYPES;

	/**
	 * Whether items of this list may be marked online: ICT-facilitated recruitment (op.
	 * 9(d)) and control.
	 */
	public boolean mayBeOnline() {
		return this == RECRUITMENT_CHANNELS || this == CONTROL_MEANS;
	}

	/** The message key of this list's name, in the i18n bundles. */
	public String messageKey() {
		return "reference.list." + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
