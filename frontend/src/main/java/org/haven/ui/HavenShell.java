package org.haven.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.aura.Aura;

/**
 * Haven runs on Vaadin's pre-compiled frontend bundle: styling comes from the Aura theme
 * and one stylesheet served as a static resource, never from a custom frontend build.
 */
@StyleSheet(Aura.STYLESHEET)
@StyleSheet("haven.css")
@Meta(name = "robots", content = "noindex, nofollow")
public class HavenShell implements AppShellConfigurator {

}
