package org.haven.ui;

import java.util.Locale;
import java.util.Optional;

/**
 * What the shell needs to know about the signed-in user beyond Spring Security's name and
 * roles. The module that owns accounts implements it.
 */
public interface SignedInUser {

	/** The name to greet the user with. */
	Optional<String> displayName();

	/** The language the user chose last time, if any. */
	Optional<Locale> preferredLanguage();

	/** Remembers the user's choice of language for their next sign-in. */
	void rememberLanguage(Locale language);

}
