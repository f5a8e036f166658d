package org.haven.access.ui;

import java.util.Locale;
import java.util.Optional;

import org.haven.access.UserAccountService;
import org.haven.ui.Languages;
import org.haven.ui.SignedInUser;
import org.springframework.stereotype.Component;

/** Tells the shell about the signed-in user from their account. */
@Component
class SignedInUserAdapter implements SignedInUser {

	private final UserAccountService accounts;

	SignedInUserAdapter(UserAccountService accounts) {
		this.accounts = accounts;
	}

	@Override
	public Optional<String> displayName() {
		return this.accounts.signedInUserDisplayName();
	}

	@Override
	public Optional<Locale> preferredLanguage() {
		return this.accounts.signedInUserLanguage().map(Languages::fromTag);
	}

	@Override
	public void rememberLanguage(Locale language) {
		this.accounts.rememberSignedInUserLanguage(language.toLanguageTag());
	}

}
