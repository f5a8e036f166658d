package org.haven.reference;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An item of a coded list as stored. Its list and code never change once stored: cases
 * refer to them.
 */
@Entity
@Table(name = "reference_item")
class ReferenceEntry {

	@EmbeddedId
	private Key key;

	/** One label per language tag; relabelling updates rows in place, none is deleted. */
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "reference_item_label",
			joinColumns = { @JoinColumn(name = "list", referencedColumnName = "list"),
					@JoinColumn(name = "code", referencedColumnName = "code") })
	@MapKeyColumn(name = "language", length = 16)
	@Column(name = "label", nullable = false, length = 200)
	private Map<String, String> labels = new HashMap<>();

	@Column(name = "position", nullable = false)
	private int position;

	@Column(name = "retired", nullable = false)
	private boolean retired;

	@Column(name = "online", nullable = false, updatable = false)
	private boolean online;

	/** Null until stored, so that saving a new entry inserts and never merges. */
	@Version
	@Column(name = "version", nullable = false)
	private Long version;

	protected ReferenceEntry() {
	}

	ReferenceEntry(ReferenceList list, String code, Map<String, String> labels, int position, boolean online) {
		this.key = new Key(list, code);
		this.labels.putAll(labels);
		this.position = position;
		this.online = online;
	}

	/** Returns whether anything changed. */
	boolean retire() {
		boolean changed = !this.retired;
		this.retired = true;
		return changed;
	}

	/** Returns whether anything changed. */
	boolean reinstate() {
		boolean changed = this.retired;
		this.retired = false;
		return changed;
	}

	/** Returns whether anything changed. */
	boolean relabel(Map<String, String> labels) {
		boolean changed = false;
		for (Map.Entry<String, String> label : labels.entrySet()) {
			if (!label.getValue().equals(this.labels.get(label.getKey()))) {
				this.labels.put(label.getKey(), label.getValue());
				changed = true;
			}
		}
		return changed;
	}

	boolean online() {
		return this.online;
	}

	long version() {
		return this.version == null ? 0 : this.version;
	}

	ReferenceItem item() {
		return new ReferenceItem(this.key.list, this.key.code, this.labels, this.position, this.retired, version(),
				this.online);
	}

	@Embeddable
	static class Key implements Serializable {

		@Enumerated(EnumType.STRING)
		@Column(name = "list", nullable = false, updatable = false, length = 32)
		private ReferenceList list;

		@Column(name = "code", nullable = false, updatable = false, length = 64)
		private String code;

		protected Key() {
		}

		Key(ReferenceList list, String code) {
			this.list = list;
			this.code = code;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && this.list == key.list && Objects.equals(this.code, key.code);
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.list, this.code);
		}

	}

}
