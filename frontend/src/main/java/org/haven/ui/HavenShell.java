package org.haven.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.aura.Aura;

/**
 * Haven runs on Vaadin's pre-compiled frontend bundle: styling comes from the Aura theme
 * and one stylesheet served as a static resource, never from a custom frontend build.
 * Server push (its client is a static resource of Vaadin's, outside the bundle) tells
 * supervisors at once of a break-glass opening; unlike polling, it keeps no idle session
 * alive.
 */
@Push
@StyleSheet(Aura.STYLESHEET)
@StyleSheet("haven.css")
@Meta(name = "robots", content = "noindex, nofollow")
public class HavenShell implements AppShellConfigurator {

}
