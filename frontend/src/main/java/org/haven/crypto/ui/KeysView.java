package org.haven.crypto.ui;

import java.util.Locale;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.haven.crypto.KeyRotation;
import org.haven.crypto.KeyVersion;
import org.haven.crypto.RotationProgress.Keyset;
import org.haven.crypto.RotationProgress;
import org.haven.shared.InvalidInputException;
import org.haven.shared.Roles;
import org.haven.ui.InputProblems;
import org.haven.ui.Notifications;
import org.haven.ui.UserLocale;

/**
 * Administrators see each keyset's versions and how many persons (or sealed rows) each
 * serves, start rotations and follow them, and destroy versions nothing uses any more.
 * Never any key material. Where the key files are read-only (shared by several nodes),
 * the view says that keys change by command and offers no action that would write them.
 * The authorisation key is shown but not rotated here yet (see decision 0014).
 */
@Route("admin/keys")
@RolesAllowed(Roles.ADMIN)
@Menu(title = "nav.keys", order = 85)
class KeysView extends VerticalLayout implements HasDynamicTitle {

	final Grid<KeyVersion> masterVersions = new Grid<>();

	final Grid<KeyVersion> blindIndexVersions = new Grid<>();

	final Grid<KeyVersion> authorizationVersions = new Grid<>();

	final Button rotateMaster = new Button();

	final Button rotateBlindIndex = new Button();

	final ProgressBar progressBar = new ProgressBar();

	final Span progressText = new Span();

	final Paragraph readOnly = new Paragraph();

	private final KeyRotation rotation;

	private Registration polling;

	private final AuthenticationContext authentication;

	KeysView(KeyRotation rotation, AuthenticationContext authentication) {
		this.rotation = rotation;
		this.authentication = authentication;
		setId("keys-view");
		add(new H1(getTranslation("keys.title")), new Paragraph(getTranslation("keys.intro")));
		if (!rotation.keysWritable()) {
			this.readOnly.setId("keys-read-only");
			this.readOnly.setText(getTranslation("keys.read-only"));
			add(this.readOnly);
		}

		this.rotateMaster.setText(getTranslation("keys.master.rotate"));
		this.rotateMaster.setId("rotate-master");
		this.rotateMaster.addClickListener(click -> confirm("keys.master.rotate", "keys.master.rotate.explanation",
				() -> rotation.rotateMasterKey(signedInUser())));
		configure(this.masterVersions, "keys.master.uses", Keyset.MASTER);
		add(new H2(getTranslation("keys.master.title")), new Paragraph(getTranslation("keys.master.explanation")),
				this.masterVersions, this.rotateMaster);

		this.rotateBlindIndex.setText(getTranslation("keys.blind-index.rotate"));
		this.rotateBlindIndex.setId("rotate-blind-index");
		this.rotateBlindIndex.addClickListener(click -> confirm("keys.blind-index.rotate",
				"keys.blind-index.rotate.explanation", () -> rotation.rotateBlindIndexKey(signedInUser())));
		configure(this.blindIndexVersions, "keys.blind-index.uses", Keyset.BLIND_INDEX);
		add(new H2(getTranslation("keys.blind-index.title")),
				new Paragraph(getTranslation("keys.blind-index.explanation")), this.blindIndexVersions,
				this.rotateBlindIndex);

		configure(this.authorizationVersions, "keys.authorization.uses", null);
		add(new H2(getTranslation("keys.authorization.title")),
				new Paragraph(getTranslation("keys.authorization.explanation")), this.authorizationVersions);

		this.progressText.setId("rotation-progress");
		add(this.progressBar, this.progressText);
		refresh();
	}

	@Override
	protected void onAttach(AttachEvent event) {
		event.getUI().setPollInterval(1000);
		this.polling = event.getUI().addPollListener(poll -> refresh());
	}

	@Override
	protected void onDetach(DetachEvent event) {
		event.getUI().setPollInterval(-1);
		this.polling.remove();
	}

	void refresh() {
		this.masterVersions.setItems(this.rotation.masterVersions());
		this.blindIndexVersions.setItems(this.rotation.blindIndexVersions());
		this.authorizationVersions.setItems(this.rotation.authorizationVersions());
		RotationProgress latest = this.rotation.latestRotation().orElse(null);
		boolean running = latest != null && latest.running();
		boolean writable = this.rotation.keysWritable();
		this.rotateMaster.setEnabled(!running && writable);
		this.rotateBlindIndex.setEnabled(!running && writable);
		this.progressBar.setVisible(running);
		if (latest == null) {
			this.progressText.setText(getTranslation("keys.rotation.none"));
			return;
		}
		this.progressBar.setValue(latest.fraction());
		String keyset = getTranslation("keys.keyset." + latest.keyset().name().toLowerCase(Locale.ROOT));
		this.progressText.setText(running
				? getTranslation("keys.rotation.running", keyset, latest.done(), latest.total())
				: getTranslation("keys.rotation.finished", keyset, UserLocale.preciseDateTime(latest.finishedAt())));
	}

	private void configure(Grid<KeyVersion> grid, String usesKey, Keyset keyset) {
		grid.addColumn(version -> Long.toHexString(version.id()))
			.setHeader(getTranslation("keys.version"))
			.setKey("id");
		grid.addColumn(version -> getTranslation("keys.status." + version.status().name().toLowerCase(Locale.ROOT)))
			.setHeader(getTranslation("keys.status"))
			.setKey("status");
		grid.addColumn(version -> UserLocale.preciseDateTime(version.created()))
			.setHeader(getTranslation("keys.created"))
			.setKey("created");
		grid.addColumn(KeyVersion::uses).setHeader(getTranslation(usesKey)).setKey("uses");
		grid.addComponentColumn(version -> destroyButton(keyset, version)).setKey("actions").setAutoWidth(true);
		grid.setAllRowsVisible(true);
	}

	private Component destroyButton(Keyset keyset, KeyVersion version) {
		if (keyset == null || version.status() != KeyVersion.Status.RETIRED || !this.rotation.keysWritable()) {
			return new Span();
		}
		Button destroy = new Button(getTranslation("keys.destroy"));
		destroy.setId("destroy-" + Long.toHexString(version.id()));
		destroy.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.SMALL);
		destroy.addClickListener(click -> confirm("keys.destroy", "keys.destroy.explanation",
				() -> this.rotation.destroyRetiredVersion(keyset, version.id())));
		return destroy;
	}

	private void confirm(String titleKey, String explanationKey, Runnable action) {
		ConfirmDialog dialog = new ConfirmDialog();
		dialog.setId("keys-confirm");
		dialog.setHeader(getTranslation(titleKey));
		dialog.setText(getTranslation(explanationKey));
		dialog.setCancelable(true);
		dialog.setCancelText(getTranslation("action.cancel"));
		dialog.setConfirmText(getTranslation(titleKey));
		dialog.addConfirmListener(confirmed -> {
			try {
				action.run();
			}
			catch (InvalidInputException refused) {
				InputProblems problems = new InputProblems(this);
				refused.problems().forEach(problem -> Notifications.error(problems.translate(problem)));
			}
			refresh();
		});
		dialog.open();
	}

	private String signedInUser() {
		return this.authentication.getPrincipalName().orElseThrow();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("keys.title");
	}

}
