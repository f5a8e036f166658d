package org.haven.access;

import java.util.List;
import java.util.UUID;

import org.haven.crypto.AuthorizationSeal;
import org.haven.crypto.SealingMigration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Migration V0041: seals the accounts and role memberships stored before Haven sealed
 * them.
 */
@Component
class AccountSealsMigration extends SealingMigration {

	AccountSealsMigration(AuthorizationSeal seal) {
		super("0041", "seal account rows", seal, "app_user", "app_user_role");
	}

	@Override
	protected void sealExistingRows(JdbcTemplate jdbc) {
		List<Object[]> accounts = jdbc.query("""
				select id, username, external_subject, password_hash, enabled, role_generation
				from app_user where seal is null""",
				(row, number) -> new Object[] {
						this.seal.seal(AccountSeals.account(row.getObject(1, UUID.class), row.getString(2),
								row.getString(3), row.getString(4), row.getBoolean(5), row.getLong(6))),
						row.getObject(1, UUID.class) });
		jdbc.batchUpdate("update app_user set seal = ? where id = ?", accounts);

		List<Object[]> roles = jdbc.query("""
				select r.user_id, r.role, u.role_generation
				from app_user_role r join app_user u on u.id = r.user_id where r.seal is null""",
				(row, number) -> new Object[] {
						this.seal
							.seal(AccountSeals.role(row.getObject(1, UUID.class), row.getString(2), row.getLong(3))),
						row.getObject(1, UUID.class), row.getString(2) });
		jdbc.batchUpdate("update app_user_role set seal = ? where user_id = ? and role = ?", roles);
	}

}
