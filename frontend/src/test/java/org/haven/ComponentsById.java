package org.haven;

import java.util.List;
import java.util.stream.Stream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;

/**
 * Finds a component of the current screen by its id, whether it is visible or not: a test
 * asserts that a hidden component is hidden, and views keep their components private.
 * Dialogs count too, as they hang from the UI.
 */
public final class ComponentsById {

	private ComponentsById() {
	}

	/** The one component of {@code type} with this id; fails if there is none or more. */
	public static <T extends Component> T byId(Class<T> type, String id) {
		List<T> found = descendants(UI.getCurrent()).filter(type::isInstance)
			.filter(component -> component.getId().filter(id::equals).isPresent())
			.map(type::cast)
			.distinct()
			.toList();
		if (found.size() != 1) {
			throw new AssertionError(found.size() + " components of " + type.getSimpleName() + " with id " + id);
		}
		return found.getFirst();
	}

	private static Stream<Component> descendants(Component root) {
		return Stream.concat(Stream.of(root), root.getChildren().flatMap(ComponentsById::descendants));
	}

}
