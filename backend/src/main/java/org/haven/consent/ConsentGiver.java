package org.haven.consent;

/** Who gave the consent; a child's own assent is recorded apart ({@link ChildAssent}). */
public enum ConsentGiver {

	SELF, PARENT_OR_GUARDIAN, LEGAL_REPRESENTATIVE, OTHER

}
