package org.haven.person;

/** The kind of identity document a number belongs to. */
public enum DocumentType {

	PASSPORT, NATIONAL_ID, RESIDENCE_PERMIT, BIRTH_CERTIFICATE, DRIVING_LICENCE, REFUGEE_OR_ASYLUM_ID, OTHER

}
