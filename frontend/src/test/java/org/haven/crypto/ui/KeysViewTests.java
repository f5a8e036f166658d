package org.haven.crypto.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.haven.DemoAccounts;
import org.haven.ViewTest;
import org.haven.access.Role;
import org.haven.crypto.KeyVersion;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KeysViewTests extends ViewTest {

	@Test
	void an_administrator_sees_the_versions_of_both_keys_and_how_many_persons_each_serves() {
		signInAs(DemoAccounts.ADMIN, Role.ADMIN);
		KeysView view = (KeysView) open("admin/keys");

		assertThat(test(view.masterVersions).size()).isPositive();
		assertThat(test(view.blindIndexVersions).size()).isPositive();
		assertThat(test(view.masterVersions).getHeaderCell(3)).isEqualTo("Persons wrapped");
		assertThat(view.masterVersions.getListDataView().getItems().map(KeyVersion::status))
			.contains(KeyVersion.Status.PRIMARY);
	}

	@Test
	void the_authorisation_key_shows_how_many_rows_it_sealed_and_offers_no_rotation_yet() {
		signInAs(DemoAccounts.ADMIN, Role.ADMIN);
		KeysView view = (KeysView) open("admin/keys");

		assertThat(test(view.authorizationVersions).getHeaderCell(3)).isEqualTo("Rows sealed");
		assertThat(view.authorizationVersions.getListDataView().getItems())
			.anySatisfy(version -> assertThat(version.status()).isEqualTo(KeyVersion.Status.PRIMARY))
			.allSatisfy(version -> assertThat(version.uses()).isPositive());
	}

	@Test
	void a_rotation_is_explained_and_confirmed_before_it_starts_then_its_progress_shows() {
		signInAs(DemoAccounts.ADMIN, Role.ADMIN);
		KeysView view = (KeysView) open("admin/keys");
		long versionsBefore = view.masterVersions.getListDataView().getItemCount();

		test(view.rotateMaster).click();
		ConfirmDialog confirm = find(ConfirmDialog.class).single();
		assertThat(test(confirm).getText()).contains("wrapped again in the background");
		test(confirm).confirm();

		assertThat(view.masterVersions.getListDataView().getItemCount()).isEqualTo(versionsBefore + 1);
		assertThat(view.progressText.getText()).containsAnyOf("Rotating the master key", "finished");
	}

}
