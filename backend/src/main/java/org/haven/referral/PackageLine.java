package org.haven.referral;

/**
 * One field of a referral's package as the partner receives it: the part, the field's
 * name and its value as text (codes as codes, dates as ISO dates, lists joined by "; ").
 */
public record PackageLine(PackagePart part, String field, String value) {

	@Override
	public String toString() {
		return "PackageLine[" + this.part + ":" + this.field + "]";
	}

}
