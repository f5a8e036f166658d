package org.haven.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import org.haven.crypto.Signatures;
import org.haven.platform.SealerDatabase;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Further Haven nodes on the test's database, each with a sealer and a witness of its
 * own, as a multi-node installation has them: for tests that tamper with the chain, so
 * that each starts from a node that verified the chain up to its head.
 */
@Component
class SealerNodes {

	private final SealerDatabase database;

	private final Signatures signatures;

	private final AuditRetention retention;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SealerNodes(SealerDatabase database, Signatures signatures, AuditRetention retention,
			ApplicationEventPublisher events, Clock clock) {
		this.database = database;
		this.signatures = signatures;
		this.retention = retention;
		this.events = events;
		this.clock = clock;
	}

	/** A node whose witness directory is {@code directory}, as it was left. */
	AuditSealer node(Path directory) {
		AuditSealer sealer = new AuditSealer(new JdbcTemplate(this.database.dataSource()),
				new TransactionTemplate(new DataSourceTransactionManager(this.database.dataSource())), this.signatures,
				Witness.at(directory), this.retention, this.events, this.clock, Duration.ofMinutes(10), false);
		return sealer;
	}

	/** A new node that verified the chain up to its current head. */
	AuditSealer trustingTheHead(JdbcTemplate jdbc) {
		try {
			Path directory = Files.createTempDirectory("haven-witness-");
			return node(AuditTestSupport.witnessUpTo(directory, this.signatures, ChainPosition.latest(jdbc)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
