package org.haven;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.haven.access.CurrentUser;
import org.haven.person.PersonAccess;
import org.haven.person.PersonChanged;
import org.haven.person.PersonCode;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Lets the member of staff who registered a person in a test know of that person, as if a
 * case assigned them. Tests of the person module register persons directly, without the
 * intake that creates the case; need-to-know itself is tested through the cases, with
 * caseworkers who registered nobody.
 */
@Component
class RegisteredByTheTest implements PersonAccess {

	/**
	 * Shared by every application context of the run: some tests restart Haven on the
	 * same data.
	 */
	private static final Set<String> grants = ConcurrentHashMap.newKeySet();

	@EventListener
	void registered(PersonChanged event) {
		if (event.change() == PersonChanged.Change.REGISTERED
				&& SecurityContextHolder.getContext().getAuthentication() != null) {
			grants.add(CurrentUser.username() + " " + event.code().value());
		}
	}

	@Override
	public boolean permits(PersonCode person) {
		return SecurityContextHolder.getContext().getAuthentication() != null
				&& grants.contains(CurrentUser.username() + " " + person.value());
	}

}
