package org.haven.reference;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

	@Column(name = "label_en", nullable = false, length = 200)
	private String labelEnglish;

	@Column(name = "label_zh", nullable = false, length = 200)
	private String labelChinese;

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

	ReferenceEntry(ReferenceList list, String code, String labelEnglish, String labelChinese, int position) {
		this.key = new Key(list, code);
		this.labelEnglish = labelEnglish;
		this.labelChinese = labelChinese;
		this.position = position;
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
	boolean relabel(String labelEnglish, String labelChinese) {
		boolean changed = !labelEnglish.equals(this.labelEnglish) || !labelChinese.equals(this.labelChinese);
		this.labelEnglish = labelEnglish;
		this.labelChinese = labelChinese;
		return changed;
	}

	boolean online() {
		return this.online;
	}

	long version() {
		return this.version == null ? 0 : this.version;
	}

	ReferenceItem item() {
		return new ReferenceItem(this.key.list, this.key.code, this.labelEnglish, this.labelChinese, this.position,
				this.retired, version());
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
