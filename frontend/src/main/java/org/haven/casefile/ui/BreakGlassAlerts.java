package org.haven.casefile.ui;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.vaadin.flow.shared.Registration;
import org.haven.casefile.BreakGlassOpeningsChanged;
import org.haven.casefile.CaseSupervision;
import org.haven.ui.MenuBadge;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Break-glass openings still running or not reviewed yet; every signed-in supervisor's
 * screen counts again, and says so, as soon as one is opened, ended or reviewed on any
 * node.
 */
@Component
class BreakGlassAlerts implements MenuBadge {

	private static final Logger log = LoggerFactory.getLogger(BreakGlassAlerts.class);

	private final CaseSupervision supervision;

	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

	BreakGlassAlerts(CaseSupervision supervision) {
		this.supervision = supervision;
	}

	@Override
	public String path() {
		return BreakGlassOpeningsView.PATH;
	}

	@Override
	public int count() {
		return this.supervision.countBreakGlassToLookAt();
	}

	@Override
	public String growthMessageKey() {
		return "supervision.break-glass.alert";
	}

	@Override
	public Registration onChange(Runnable changed) {
		this.listeners.add(changed);
		return () -> this.listeners.remove(changed);
	}

	@EventListener
	void openingsChanged(BreakGlassOpeningsChanged event) {
		for (Runnable listener : this.listeners) {
			try {
				listener.run();
			}
			catch (RuntimeException gone) {
				log.debug("A screen told of break-glass openings had gone ({})", gone.getClass().getSimpleName());
			}
		}
	}

}
