/**
 * Caseworkers' screens for persons: search by name, birth date, phone or document number;
 * register with a duplicate check first; a person's page with the identity masked until
 * revealed; erasure.
 */
package org.haven.person.ui;
