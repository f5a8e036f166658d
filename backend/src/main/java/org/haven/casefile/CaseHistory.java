package org.haven.casefile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import org.haven.access.AccountDirectory;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.query.AuditEntity;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * A case's changes: the case's own, read from the revisions Envers keeps (a revision that
 * changed none of the parts a caseworker sees is left out), and those of the parts other
 * modules keep ({@link CasePartHistory}). What one transaction wrote reads as one entry
 * naming all its parts: a revision is one transaction, whichever entities it changed, and
 * a change kept as a row of its own (a consent version) joins the case's revision written
 * in the same database transaction by the same person. When, by whom, which parts; never
 * what changed.
 */
@Component
class CaseHistory {

	private static final Comparator<CaseChange> OPENING_THEN_OLDEST_FIRST = Comparator
		.comparing((CaseChange change) -> !change.opening())
		.thenComparing(CaseChange::at);

	private final EntityManager entityManager;

	private final CaseRevisions revisions;

	private final ObjectProvider<CasePartHistory> otherParts;

	private final AccountDirectory accounts;

	CaseHistory(EntityManager entityManager, CaseRevisions revisions, ObjectProvider<CasePartHistory> otherParts,
			AccountDirectory accounts) {
		this.entityManager = entityManager;
		this.revisions = revisions;
		this.otherParts = otherParts;
		this.accounts = accounts;
	}

	/** Every change of the case: its opening first, then oldest first. */
	List<CaseChange> of(CaseFile file) {
		WorkedCase worked = CaseWorkAccess.worked(file);
		Map<Integer, Entry> byRevision = ownChanges(file);
		List<CasePartChange.Recorded> recorded = new ArrayList<>();
		this.otherParts.orderedStream().flatMap(history -> history.changesOf(worked).stream()).forEach(change -> {
			switch (change) {
				case CasePartChange.Revised revised ->
					byRevision.computeIfAbsent(revised.revision(), number -> new Entry()).parts.add(revised.part());
				case CasePartChange.Recorded row -> recorded.add(row);
			}
		});
		Map<Integer, CaseRevisions.Revision> written = this.revisions.byNumber(byRevision.keySet());
		List<CaseChange> changes = new ArrayList<>();
		Map<UUID, String> usernames = this.accounts
			.usernamesOf(recorded.stream().map(CasePartChange.Recorded::by).distinct().toList());
		for (CasePartChange.Recorded row : recorded) {
			String by = usernames.getOrDefault(row.by(), row.by().toString());
			Entry same = inSameTransaction(row.transaction(), by, byRevision, written);
			if (same != null) {
				same.parts.add(row.part());
			}
			else {
				changes.add(new CaseChange(row.at(), by, false, List.of(row.part())));
			}
		}
		byRevision.forEach((number, entry) -> {
			CaseRevisions.Revision revision = written.get(number);
			if (revision != null && (entry.opening || !entry.parts.isEmpty())) {
				changes.add(new CaseChange(revision.at(), revision.by(), entry.opening, List.copyOf(entry.parts)));
			}
		});
		changes.sort(OPENING_THEN_OLDEST_FIRST);
		return changes;
	}

	/** The case's own revisions by number, each with the parts it changed. */
	@SuppressWarnings("unchecked")
	private Map<Integer, Entry> ownChanges(CaseFile file) {
		List<Object[]> found = AuditReaderFactory.get(this.entityManager)
			.createQuery()
			.forRevisionsOfEntity(CaseFile.class, false, true)
			.add(AuditEntity.id().eq(file.id()))
			.addOrder(AuditEntity.revisionNumber().asc())
			.getResultList();
		Map<Integer, Entry> byRevision = new TreeMap<>();
		CaseFile earlier = null;
		for (Object[] revision : found) {
			CaseFile version = (CaseFile) revision[0];
			Entry entry = byRevision.computeIfAbsent(((CaseRevision) revision[1]).id(), number -> new Entry());
			if (earlier == null) {
				entry.opening = true;
			}
			else {
				entry.parts.addAll(version.parts().changedSince(earlier.parts()));
			}
			earlier = version;
		}
		return byRevision;
	}

	/**
	 * The case's one revision that the transaction wrote, by that person; none when there
	 * is none, or more than one (transaction ids from a restored copy of the database,
	 * say, which no longer tell transactions apart).
	 */
	private static @Nullable Entry inSameTransaction(long transaction, String by, Map<Integer, Entry> byRevision,
			Map<Integer, CaseRevisions.Revision> written) {
		List<Entry> same = written.values()
			.stream()
			.filter(revision -> revision.transaction() == transaction && by.equals(revision.by()))
			.map(revision -> byRevision.get(revision.number()))
			.toList();
		return same.size() == 1 ? same.getFirst() : null;
	}

	/** What one revision changed of the case, the case's own parts and others'. */
	private static final class Entry {

		private boolean opening;

		private final Set<CaseDetails.Part> parts = EnumSet.noneOf(CaseDetails.Part.class);

	}

}
