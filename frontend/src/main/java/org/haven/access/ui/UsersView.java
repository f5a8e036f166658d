package org.haven.access.ui;

import java.util.Comparator;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.haven.access.LinkRequest;
import org.haven.access.Role;
import org.haven.access.UserAccountService;
import org.haven.access.UserSummary;
import org.haven.shared.ConflictException;
import org.haven.shared.InvalidInputException;
import org.haven.shared.Roles;
import org.haven.ui.InputProblems;
import org.haven.ui.Notifications;
import org.haven.ui.RowActions;
import org.haven.ui.UserLocale;

/**
 * Administrators manage the staff accounts here. With Keycloak, accounts, passwords and
 * roles are Keycloak's: the list shows who has signed in, and disabling an account keeps
 * its person out of Haven whatever Keycloak says; people of Keycloak who signed in with
 * the username of an account not yet tied to Keycloak wait above the list for an
 * administrator to link or reject them.
 */
@Route("admin/users")
@RolesAllowed(Roles.ADMIN)
@Menu(title = "nav.users", order = 80)
class UsersView extends VerticalLayout implements HasDynamicTitle {

	final Grid<UserSummary> grid = new Grid<>();

	final Button create = new Button();

	/** Requests to tie an account to a person of Keycloak; shown while there are any. */
	final Grid<LinkRequest> linkRequests = new Grid<>();

	private final UserAccountService accounts;

	private final SignInMode signInMode;

	UsersView(UserAccountService accounts, SignInMode signInMode) {
		this.accounts = accounts;
		this.signInMode = signInMode;
		setId("users-view");
		setSizeFull();
		this.create.setText(getTranslation("users.create"));
		this.create.setId("create-user");
		this.create.addThemeVariants(ButtonVariant.PRIMARY);
		this.create.addClickListener(click -> new UserFormDialog(accounts, this::refresh).open());

		this.grid.setId("users-grid");
		this.grid.addColumn(UserSummary::username)
			.setHeader(getTranslation("users.username"))
			.setKey("username")
			.setSortable(true);
		this.grid.addColumn(UserSummary::displayName)
			.setHeader(getTranslation("users.display-name"))
			.setKey("displayName")
			.setSortable(true);
		this.grid.addColumn(this::roleNames).setHeader(getTranslation("users.roles")).setKey("roles");
		this.grid.addColumn(this::status).setHeader(getTranslation("users.status")).setKey("status");
		this.grid.addComponentColumn(this::actions)
			.setHeader(getTranslation("users.actions"))
			.setKey("actions")
			.setAutoWidth(true);

		add(new H1(getTranslation("users.title")));
		if (signInMode.accountsManagedInHaven()) {
			add(this.create);
		}
		else {
			Paragraph managedInKeycloak = new Paragraph(getTranslation("users.managed-in-keycloak"));
			managedInKeycloak.setId("users-managed-in-keycloak");
			add(managedInKeycloak, linkRequestsSection());
		}
		add(this.grid);
		refresh();
	}

	private VerticalLayout linkRequestsSection() {
		Paragraph explanation = new Paragraph(getTranslation("users.link-requests.explanation"));
		this.linkRequests.setId("link-requests");
		this.linkRequests.setAllRowsVisible(true);
		this.linkRequests.addColumn(LinkRequest::username)
			.setHeader(getTranslation("users.username"))
			.setKey("username");
		this.linkRequests.addColumn(LinkRequest::nameAtIdentityProvider)
			.setHeader(getTranslation("users.link-requests.name"))
			.setKey("name");
		this.linkRequests.addColumn(LinkRequest::identityProviderId)
			.setHeader(getTranslation("users.link-requests.keycloak-id"))
			.setKey("keycloakId");
		this.linkRequests.addColumn(request -> UserLocale.dateTime(request.requestedAt()))
			.setHeader(getTranslation("users.link-requests.requested-at"))
			.setKey("requestedAt");
		this.linkRequests.addComponentColumn(this::linkActions)
			.setHeader(getTranslation("users.actions"))
			.setKey("actions")
			.setAutoWidth(true);
		VerticalLayout section = new VerticalLayout(new H2(getTranslation("users.link-requests.title")), explanation,
				this.linkRequests);
		section.setPadding(false);
		section.setId("link-requests-section");
		return section;
	}

	private Component linkActions(LinkRequest request) {
		Button link = new Button(getTranslation("users.link-requests.link"), click -> change(() -> {
			this.accounts.linkToIdentityProvider(request.accountId(), request.accountVersion(),
					request.identityProviderId());
			Notifications.success(getTranslation("users.link-requests.linked", request.username()));
		}));
		link.setId("link-" + request.username());
		link.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.PRIMARY);
		Button reject = new Button(getTranslation("users.link-requests.reject"),
				click -> change(() -> this.accounts.rejectLink(request.accountId(), request.identityProviderId())));
		reject.setId("reject-link-" + request.username());
		reject.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
		return new HorizontalLayout(link, reject);
	}

	void refresh() {
		this.grid.setItems(this.accounts.listAccounts());
		if (!this.signInMode.accountsManagedInHaven()) {
			var requests = this.accounts.linkRequests();
			this.linkRequests.setItems(requests);
			this.linkRequests.getParent().ifPresent(section -> section.setVisible(!requests.isEmpty()));
		}
	}

	private String roleNames(UserSummary user) {
		return user.roles()
			.stream()
			.sorted(Comparator.naturalOrder())
			.map(role -> getTranslation(role.messageKey()))
			.collect(Collectors.joining(", "));
	}

	String status(UserSummary user) {
		if (!user.enabled()) {
			return getTranslation("users.status.disabled");
		}
		if (user.rolesMustNotMeet()) {
			return getTranslation("users.status.roles-must-not-meet");
		}
		if (user.mustChangePassword()) {
			return getTranslation("users.status.must-change-password");
		}
		return getTranslation("users.status.active");
	}

	private Component actions(UserSummary user) {
		Button roles = new Button(getTranslation("users.edit-roles"),
				click -> new RolesDialog(this.accounts, user, this::refresh).open());
		roles.setId("roles-" + user.username());
		Button enableOrDisable = user.enabled()
				? new Button(getTranslation("users.disable"),
						click -> change(() -> this.accounts.disable(user.id(), user.version())))
				: new Button(getTranslation("users.enable"),
						click -> change(() -> this.accounts.enable(user.id(), user.version())));
		enableOrDisable.setId((user.enabled() ? "disable-" : "enable-") + user.username());
		Button reset = new Button(getTranslation("users.reset-password"),
				click -> new ResetPasswordDialog(this.accounts, user, this::refresh).open());
		reset.setId("reset-" + user.username());
		return this.signInMode.accountsManagedInHaven() ? RowActions.of(roles, enableOrDisable, reset)
				: RowActions.of(enableOrDisable);
	}

	private void change(Runnable action) {
		RowActions.change(this, action, "users.conflict", this::refresh);
	}

	/**
	 * Applies a change entered in a dialog. Refused input stays in the dialog, next to
	 * its fields; a conflict or success closes the dialog and reloads the list.
	 */
	static void submit(Dialog dialog, InputProblems problems, Runnable change, String doneMessageKey, Runnable reload) {
		try {
			change.run();
			Notifications.success(dialog.getTranslation(doneMessageKey));
		}
		catch (InvalidInputException refused) {
			problems.show(refused).forEach(Notifications::error);
			return;
		}
		catch (ConflictException conflict) {
			Notifications.error(dialog.getTranslation("users.conflict"));
		}
		dialog.close();
		reload.run();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("users.title");
	}

	static String roleLabel(Component translator, Role role) {
		return translator.getTranslation(role.messageKey());
	}

}
