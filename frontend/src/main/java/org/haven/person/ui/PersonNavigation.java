package org.haven.person.ui;

import com.vaadin.flow.router.RouteConfiguration;
import org.haven.person.PersonCode;

/**
 * Where other screens lead to a person's record, by the screen's class and a typed code
 * rather than by a string address.
 */
public final class PersonNavigation {

	private PersonNavigation() {
	}

	/** The address of a person's record, for a link. */
	public static String personUrl(PersonCode code) {
		return RouteConfiguration.forApplicationScope().getUrl(PersonView.class, code.value());
	}

}
