package org.haven.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import org.springframework.core.Ordered;

/**
 * A part of the home page that a feature module keeps, such as the work due for the
 * signed-in user: a Spring bean asked afresh on every visit, placed by its order under
 * the welcome.
 */
public interface HomePart extends Ordered {

	/** The part for the signed-in user, or empty where their roles have nothing here. */
	Optional<Component> newPart();

}
