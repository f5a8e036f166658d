package org.haven.audit;

import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.haven.access.AccountChange;
import org.haven.access.AccountEvent;
import org.haven.access.SignInFailed;
import org.haven.casefile.BreakGlassOpeningsChanged;
import org.haven.casefile.CaseEvent;
import org.haven.casefile.CaseViewed;
import org.haven.casefile.ClosureApproved;
import org.haven.reference.ReferenceEvent;
import org.haven.reference.ReferenceItemAdded;
import org.haven.reference.ReferenceItemRetired;
import org.junit.jupiter.api.Test;
import org.springframework.context.event.EventListener;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every event that Haven's code publishes is recorded by the audit trail: the type of
 * each one must be taken by a listener of the audit module. The sealed interfaces make
 * the compiler check each module's mapping within its {@code switch}; this test finds
 * what the compiler cannot, a new event interface or a new event outside every interface.
 * The published types are read from the byte code ({@link PublishedEvents}); where a
 * variable of an interface is published, every implementation counts.
 */
class AuditedEventsCoverageTests {

	/** Published on purpose without an audit record, each with the reason why. */
	static final Map<Class<?>, String> NOT_AUDITED = Map.of(BreakGlassOpeningsChanged.class,
			"a signal between nodes that openings changed; the opening, end and review are recorded as they happen");

	static final Path PRODUCTION = Path.of("target/classes");

	static final JavaClasses HAVEN = new ClassFileImporter().importPath(PRODUCTION);

	static final PublishedEvents PUBLISHED = PublishedEvents.in(PRODUCTION);

	@Test
	void every_published_event_has_an_audit_mapping() {
		Collection<JavaClass> listened = auditListenerTypes(HAVEN);
		Set<String> unmapped = publishedTypes().stream()
			.filter(type -> listened.stream().noneMatch(taken -> type.isAssignableTo(taken.getName())))
			.map(JavaClass::getName)
			.filter(name -> NOT_AUDITED.keySet().stream().noneMatch(type -> type.getName().equals(name)))
			.collect(Collectors.toCollection(TreeSet::new));

		assertThat(unmapped).as("published events that the audit trail does not record").isEmpty();
	}

	@Test
	void every_publication_says_what_it_publishes() {
		assertThat(PUBLISHED.untraceable())
			.as("methods that publish a value of no telling type; publish a record or a typed variable")
			.isEmpty();
	}

	@Test
	void the_search_finds_events_published_by_services_by_aggregates_and_through_helpers() {
		assertThat(PUBLISHED.types()).contains(CaseViewed.class.getName(), CaseEvent.class.getName(),
				AccountChange.class.getName(), AccountEvent.class.getName(), ReferenceItemAdded.class.getName(),
				ReferenceEvent.class.getName(), BreakGlassOpeningsChanged.class.getName());
		assertThat(publishedTypes()).extracting(JavaClass::getName)
			.contains(ClosureApproved.class.getName(), SignInFailed.class.getName(),
					ReferenceItemRetired.class.getName())
			.doesNotContain(CaseEvent.class.getName());
	}

	/**
	 * A module's event interface is sealed, public at the module's root, implemented only
	 * by public records, and taken as a whole by one audit listener.
	 */
	@Test
	void each_module_event_interface_is_sealed_holds_public_records_and_is_audited_whole() {
		Map<String, Set<String>> problems = new TreeMap<>();
		Collection<JavaClass> listened = auditListenerTypes(HAVEN);
		for (JavaClass events : eventInterfaces(HAVEN)) {
			Set<String> found = new TreeSet<>();
			Class<?> reflected = events.reflect();
			if (!reflected.isSealed()) {
				found.add("not sealed");
			}
			if (!events.getPackageName().matches("org\\.haven\\.\\w+")) {
				found.add("not at a module's root");
			}
			if (listened.stream().noneMatch(type -> events.isAssignableTo(type.getName()))) {
				found.add("no audit listener takes it");
			}
			leaves(reflected).filter(leaf -> !leaf.isRecord() || !Modifier.isPublic(leaf.getModifiers()))
				.forEach(leaf -> found.add(leaf.getSimpleName() + " is no public record"));
			if (!found.isEmpty()) {
				problems.put(events.getName(), found);
			}
		}
		assertThat(eventInterfaces(HAVEN)).extracting(JavaClass::getSimpleName)
			.contains("CaseEvent", "PersonEvent", "AccountEvent", "ReferenceEvent", "KeyEvent", "SecurityEvent");
		assertThat(problems).isEmpty();
	}

	/** The published classes; an interface stands for its implementations. */
	static Set<JavaClass> publishedTypes() {
		Set<JavaClass> published = new TreeSet<>((one, other) -> one.getName().compareTo(other.getName()));
		for (String name : PUBLISHED.types()) {
			if (!HAVEN.contain(name)) {
				continue;
			}
			JavaClass type = HAVEN.get(name);
			if (type.isInterface()) {
				HAVEN.stream()
					.filter(candidate -> !candidate.isInterface() && candidate.isAssignableTo(name))
					.forEach(published::add);
			}
			else {
				published.add(type);
			}
		}
		return published;
	}

	/** What the audit module's listeners take. */
	static Collection<JavaClass> auditListenerTypes(JavaClasses classes) {
		return classes.stream()
			.filter(type -> type.getPackageName().equals("org.haven.audit"))
			.flatMap(type -> type.getMethods().stream())
			.filter(method -> method.isAnnotatedWith(EventListener.class))
			.map(JavaMethod::getRawParameterTypes)
			.filter(parameters -> parameters.size() == 1)
			.map(parameters -> parameters.getFirst())
			.toList();
	}

	/**
	 * Interfaces of Haven named for events: one per module, {@code CaseEvent} and the
	 * like.
	 */
	static Collection<JavaClass> eventInterfaces(JavaClasses classes) {
		return classes.stream().filter(type -> type.isInterface() && type.getSimpleName().endsWith("Event")).toList();
	}

	private static Stream<Class<?>> leaves(Class<?> sealed) {
		if (!sealed.isSealed()) {
			return Stream.of(sealed);
		}
		return Stream.of(sealed.getPermittedSubclasses()).flatMap(AuditedEventsCoverageTests::leaves);
	}

}
