package org.haven.person;

import java.time.LocalDate;

/**
 * What a caseworker searches by; every given criterion must match. Names match word by
 * word ("lopez" finds "María López"); the others match exactly after normalisation.
 */
public record IdentitySearch(String name, LocalDate dateOfBirth, String phoneNumber, String documentNumber) {

	public boolean isEmpty() {
		return (this.name == null || this.name.isBlank()) && this.dateOfBirth == null
				&& (this.phoneNumber == null || this.phoneNumber.isBlank())
				&& (this.documentNumber == null || this.documentNumber.isBlank());
	}

	@Override
	public String toString() {
		return "IdentitySearch[hidden]";
	}

}
