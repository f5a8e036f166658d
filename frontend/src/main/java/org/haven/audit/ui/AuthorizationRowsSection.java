package org.haven.audit.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.haven.audit.AuthorizationRowsAudit;
import org.haven.crypto.SealedRows;

/**
 * The check of every row that grants access to identity against its seal, by kind of row:
 * how many were checked, how many failed. Each failing row is an integrity finding among
 * the highlights.
 */
class AuthorizationRowsSection extends VerticalLayout {

	final Button check = new Button();

	final Grid<SealedRows.Check> kinds = new Grid<>();

	final Paragraph verdict = new Paragraph();

	private final AuthorizationRowsAudit audit;

	AuthorizationRowsSection(AuthorizationRowsAudit audit) {
		this.audit = audit;
		setId("authorization-rows");
		setPadding(false);
		this.check.setText(getTranslation("audit.authorization-rows.check"));
		this.check.setId("check-authorization-rows");
		this.check.addClickListener(click -> runCheck());
		this.kinds.setId("authorization-row-kinds");
		this.kinds.addColumn(check -> getTranslation("audit.row-kind." + check.kind().toLowerCase(Locale.ROOT)))
			.setHeader(getTranslation("audit.authorization-rows.kind"))
			.setKey("kind");
		this.kinds.addColumn(SealedRows.Check::checked)
			.setHeader(getTranslation("audit.authorization-rows.checked"))
			.setKey("checked");
		this.kinds.addColumn(SealedRows.Check::failed)
			.setHeader(getTranslation("audit.authorization-rows.failed"))
			.setKey("failed");
		this.kinds.setAllRowsVisible(true);
		this.kinds.setVisible(false);
		this.verdict.setId("authorization-rows-verdict");
		add(new H2(getTranslation("audit.authorization-rows.title")),
				new Paragraph(getTranslation("audit.authorization-rows.intro")), this.check, this.verdict, this.kinds);
	}

	void runCheck() {
		List<SealedRows.Check> checks = this.audit.checkAll();
		long checked = checks.stream().mapToLong(SealedRows.Check::checked).sum();
		long failed = checks.stream().mapToLong(SealedRows.Check::failed).sum();
		this.kinds.setItems(checks);
		this.kinds.setVisible(true);
		this.verdict.setText(failed == 0 ? getTranslation("audit.authorization-rows.intact", checked)
				: getTranslation("audit.authorization-rows.broken", failed, checked));
	}

}
