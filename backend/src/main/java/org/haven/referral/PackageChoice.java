package org.haven.referral;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.haven.person.Identity;

/**
 * Which parts of the case travel with a referral, field by field: nothing at all, the
 * case code, the person's coded profile, chosen identity fields, chosen parts of the
 * situation, the needs. Names of fields, never their values.
 *
 * @param identityFields names of {@link Identity#FIELDS}
 * @param situationParts names of {@link #SITUATION_PARTS}
 */
public record PackageChoice(boolean caseCode, boolean profile, Set<String> identityFields, Set<String> situationParts,
		boolean needs) {

	/** The parts of the situation that may travel, in the order of the package. */
	public static final List<String> SITUATION_PARTS = List.of("acts", "means", "exploitationForms", "controlMeans",
			"recruitmentChannels", "sectors", "countriesOfOrigin", "countriesOfTransit", "countriesOfExploitation",
			"exploitationFrom", "exploitationTo");

	public static final PackageChoice NOTHING = new PackageChoice(false, false, Set.of(), Set.of(), false);

	public PackageChoice {
		identityFields = identityFields == null ? Set.of() : ordered(identityFields, Identity.FIELDS);
		situationParts = situationParts == null ? Set.of() : ordered(situationParts, SITUATION_PARTS);
	}

	/** Whether any identity field travels: then the partner needs a live agreement. */
	public boolean carriesIdentity() {
		return !this.identityFields.isEmpty();
	}

	/** Whether every field named is one that may travel. */
	public boolean namesOnlyKnownFields() {
		return Identity.FIELDS.containsAll(this.identityFields) && SITUATION_PARTS.containsAll(this.situationParts);
	}

	/** What travels, as the audit trail names it: parts and field names, never values. */
	public List<String> auditedParts() {
		List<String> parts = new java.util.ArrayList<>();
		if (this.caseCode) {
			parts.add("caseCode");
		}
		if (this.profile) {
			parts.add("profile");
		}
		this.identityFields.forEach(field -> parts.add("identity:" + field));
		this.situationParts.forEach(field -> parts.add("situation:" + field));
		if (this.needs) {
			parts.add("needs");
		}
		return List.copyOf(parts);
	}

	private static Set<String> ordered(Set<String> chosen, List<String> order) {
		Set<String> inOrder = new LinkedHashSet<>();
		order.stream().filter(chosen::contains).forEach(inOrder::add);
		chosen.stream().filter(field -> !order.contains(field)).sorted().forEach(inOrder::add);
		return java.util.Collections.unmodifiableSet(inOrder);
	}

}
