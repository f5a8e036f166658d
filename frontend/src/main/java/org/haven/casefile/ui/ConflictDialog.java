package org.haven.casefile.ui;

import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import org.haven.casefile.CaseDetails;
import org.haven.ui.UserLocale;

/**
 * Tells the caseworker that the case changed while they edited it: which parts, and when.
 * They choose to apply their edit to the latest version or to discard it; nothing was
 * written until they choose.
 */
class ConflictDialog extends Dialog {

	ConflictDialog(CaseDetails mine, CaseDetails latest, Runnable applyMine, Runnable discardMine) {
		setId("conflict-dialog");
		setHeaderTitle(getTranslation("case.conflict.title"));
		String changed = mine.partsChangedIn(latest)
			.stream()
			.map(part -> CaseLabels.of(this, part))
			.collect(Collectors.joining(", "));
		Paragraph explanation = new Paragraph(getTranslation("case.conflict.explained",
				changed.isEmpty() ? getTranslation("case.conflict.unknown-part") : changed,
				UserLocale.dateTime(latest.updatedAt())));
		explanation.setId("conflict-explanation");
		Button apply = new Button(getTranslation("case.conflict.apply-mine"));
		apply.setId("conflict-apply-mine");
		apply.addThemeVariants(ButtonVariant.PRIMARY);
		apply.addClickListener(click -> {
			close();
			applyMine.run();
		});
		Button discard = new Button(getTranslation("case.conflict.discard-mine"));
		discard.setId("conflict-discard-mine");
		discard.addClickListener(click -> {
			close();
			discardMine.run();
		});
		add(explanation);
		getFooter().add(discard, apply);
	}

}
