package org.haven.person;

/** The identity as stored: one ciphertext per field, null where the field is empty. */
record EncryptedIdentity(byte[] givenNames, byte[] familyNames, byte[] aliases, byte[] dateOfBirth, byte[] phoneNumbers,
		byte[] email, byte[] addresses, byte[] documentType, byte[] documentNumber, byte[] identifyingRemarks) {

	static final EncryptedIdentity NONE = new EncryptedIdentity(null, null, null, null, null, null, null, null, null,
			null);

}
