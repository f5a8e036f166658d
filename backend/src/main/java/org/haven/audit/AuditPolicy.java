package org.haven.audit;

import java.sql.PreparedStatement;
import java.sql.SQLException;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * Writes the audit retention period into the database after every migration, through the
 * schema owner's connection that Flyway migrates with: the only role that may set it. The
 * database's retention procedure computes its cut-off from this period alone, and refuses
 * one below its floor. (Before the migration that creates the policy, as when migrating
 * to an older target, there is nothing to write.)
 */
final class AuditPolicy implements Callback {

	private final AuditRetention retention;

	AuditPolicy(AuditRetention retention) {
		this.retention = retention;
	}

	@Override
	public boolean supports(Event event, Context context) {
		return event == Event.AFTER_MIGRATE;
	}

	@Override
	public boolean canHandleInTransaction(Event event, Context context) {
		return true;
	}

	@Override
	public void handle(Event event, Context context) {
		String schema = context.getConfiguration().getDefaultSchema();
		if (schema == null || !schema.matches("[a-z_][a-z0-9_]*")) {
			throw new IllegalStateException("Unexpected schema name for the audit policy");
		}
		try (PreparedStatement exists = context.getConnection()
			.prepareStatement("select to_regclass('" + schema + ".audit_policy') is not null");
				var result = exists.executeQuery()) {
			if (!result.next() || !result.getBoolean(1)) {
				return;
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot read the audit retention policy", ex);
		}
		try (PreparedStatement update = context.getConnection()
			.prepareStatement("update " + schema
					+ ".audit_policy set retention = make_interval(years => ?, months => ?, days => ?)")) {
			update.setInt(1, this.retention.period().getYears());
			update.setInt(2, this.retention.period().getMonths());
			update.setInt(3, this.retention.period().getDays());
			update.executeUpdate();
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot write the audit retention period", ex);
		}
	}

	@Override
	public String getCallbackName() {
		return "haven-audit-policy";
	}

}
