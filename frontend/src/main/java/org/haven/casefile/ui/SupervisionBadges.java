package org.haven.casefile.ui;

import java.util.function.IntSupplier;

import com.vaadin.flow.shared.Registration;
import org.haven.casefile.CaseSupervision;
import org.haven.ui.MenuBadge;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What waits for supervisors, next to their menu entries: erasures to decide and
 * duplicate checks to follow up, counted on each navigation; break-glass openings, told
 * at once ({@link BreakGlassAlerts}).
 */
@Configuration(proxyBeanMethods = false)
class SupervisionBadges {

	@Bean
	MenuBadge erasureRequestsBadge(CaseSupervision supervision) {
		return new CountedOnNavigation(ErasureRequestsView.PATH, supervision::countErasureRequests,
				"supervision.erasures.alert");
	}

	@Bean
	MenuBadge possibleDuplicatesBadge(CaseSupervision supervision) {
		return new CountedOnNavigation(PossibleDuplicatesView.PATH, supervision::countPossibleDuplicates,
				"supervision.duplicates.alert");
	}

	/** A count as it stands at each navigation; nobody is told at once. */
	record CountedOnNavigation(String path, IntSupplier counter, String growthMessageKey) implements MenuBadge {

		@Override
		public int count() {
			return this.counter.getAsInt();
		}

		@Override
		public Registration onChange(Runnable changed) {
			return () -> {
			};
		}

	}

}
