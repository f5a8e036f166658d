package org.haven.partner.ui;

import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.haven.crypto.ExchangeKeys;
import org.haven.partner.Partner;
import org.haven.partner.PartnerDirectory;
import org.haven.partner.PartnerKeys;
import org.haven.person.ui.Labels;
import org.haven.reference.ReferenceData;
import org.haven.reference.ReferenceList;
import org.haven.shared.Roles;
import org.haven.ui.RowActions;
import org.haven.ui.UserLocale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The partner organisations Haven refers people to: what each offers, where, and whether
 * its data-sharing agreement is live today. Administrators add and change entries and
 * download this installation's public keys file for partners that run Haven; caseworkers
 * read the directory to choose where to refer.
 */
@Route("partners")
@RolesAllowed({ Roles.ADMIN, Roles.CASEWORKER })
@Menu(title = "nav.partners", order = 83)
class PartnersView extends VerticalLayout implements HasDynamicTitle {

	private final Grid<Partner> partners = new Grid<>();

	private final Button add = new Button();

	private final PartnerDirectory directory;

	private final ReferenceData reference;

	PartnersView(PartnerDirectory directory, ReferenceData reference, ExchangeKeys keys,
			@Value("${haven.installation.name:Haven}") String installation) {
		this.directory = directory;
		this.reference = reference;
		setId("partners-view");
		boolean admin = SecurityContextHolder.getContext()
			.getAuthentication()
			.getAuthorities()
			.stream()
			.anyMatch(authority -> ("ROLE_" + Roles.ADMIN).equals(authority.getAuthority()));
		add(new H1(getTranslation("partner.title")),
				new Paragraph(getTranslation(admin ? "partner.intro.admin" : "partner.intro.caseworker")));
		this.partners.setId("partners");
		this.partners.addColumn(Partner::name).setHeader(getTranslation("partner.field.name")).setKey("name");
		this.partners.addColumn(partner -> getTranslation(Labels.keyOf(partner.type())))
			.setHeader(getTranslation("partner.field.type"))
			.setKey("type");
		this.partners
			.addColumn(partner -> Labels.country(this, partner.country())
					+ (partner.area().isEmpty() ? "" : ", " + partner.area()))
			.setHeader(getTranslation("partner.field.where"))
			.setKey("where");
		this.partners.addColumn(this::services).setHeader(getTranslation("partner.field.services")).setKey("services");
		this.partners.addColumn(this::agreement)
			.setHeader(getTranslation("partner.field.agreement"))
			.setKey("agreement");
		this.partners
			.addColumn(partner -> getTranslation(
					partner.keys().isPresent() ? "partner.runs-haven.yes" : "partner.runs-haven.no"))
			.setHeader(getTranslation("partner.field.runs-haven"))
			.setKey("runsHaven");
		this.partners.addColumn(Partner::contactChannel)
			.setHeader(getTranslation("partner.field.contact"))
			.setKey("contact");
		if (admin) {
			this.partners.addComponentColumn(this::actions)
				.setHeader(getTranslation("partner.actions"))
				.setKey("actions")
				.setAutoWidth(true);
		}
		this.partners.setAllRowsVisible(true);
		this.add.setId("add-partner");
		this.add.setText(getTranslation("partner.add"));
		this.add.addThemeVariants(ButtonVariant.PRIMARY);
		this.add
			.addClickListener(click -> new PartnerDialog(this.directory, this.reference, null, this::refresh).open());
		this.add.setVisible(admin);
		add(this.partners, this.add);
		if (admin) {
			DownloadHandler keysFile = download -> {
				download.setFileName("haven-keys.json");
				download.getResponse().setContentType("application/json; charset=utf-8");
				download.getOutputStream()
					.write(PartnerKeys.fileOf(keys, installation).getBytes(StandardCharsets.UTF_8));
			};
			Anchor keysLink = new Anchor(keysFile, getTranslation("partner.keys.download"));
			keysLink.setId("download-keys-file");
			add(new H2(getTranslation("partner.keys.title")), new Paragraph(getTranslation("partner.keys.intro")),
					keysLink);
		}
		refresh();
	}

	void refresh() {
		this.partners.setItems(this.directory.partners());
	}

	private String services(Partner partner) {
		return partner.services()
			.stream()
			.map(code -> this.reference.find(ReferenceList.SERVICE_TYPES, code)
				.map(item -> item.label(UserLocale.current()))
				.orElse(code))
			.sorted()
			.collect(Collectors.joining(", "));
	}

	private String agreement(Partner partner) {
		if (partner.agreement() == null) {
			return getTranslation("partner.agreement.none");
		}
		return partner.mayReceiveIdentityOn(UserLocale.today())
				? getTranslation("partner.agreement.live", UserLocale.date(partner.agreement().expiresOn()))
				: getTranslation("partner.agreement.not-live", UserLocale.date(partner.agreement().signedOn()),
						UserLocale.date(partner.agreement().expiresOn()));
	}

	private Component actions(Partner partner) {
		Button change = new Button(getTranslation("partner.change"),
				click -> new PartnerDialog(this.directory, this.reference, partner, this::refresh).open());
		change.setId("change-partner-" + partner.id());
		return RowActions.of(change);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("partner.title");
	}

}
