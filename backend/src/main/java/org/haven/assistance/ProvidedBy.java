package org.haven.assistance;

/** Who provides a service: the organisation itself, or a partner. */
public enum ProvidedBy {

	IN_HOUSE, PARTNER

}
