package org.haven.person;

import java.util.List;

/**
 * What happened to a person's record, one past-tense record per fact, published inside
 * the transaction of the fact. Names the person by code and the identity by the names of
 * its fields, never their values.
 */
public sealed interface PersonEvent
		permits PersonRegistered, IdentityChanged, ProfileChanged, PersonErased, PersonsLookedUp, DuplicatesChecked {

	/**
	 * The fields of the person the fact concerns or searched by, as
	 * {@link Identity#FIELDS} names them.
	 */
	List<String> parts();

}
