package org.haven.person;

/** Whether the person lives with a disability that support should take into account. */
public enum Disability {

	NONE, PHYSICAL, SENSORY, INTELLECTUAL, PSYCHOSOCIAL, MULTIPLE, OTHER, UNKNOWN, DECLINED

}
