package org.haven.consent;

import java.util.UUID;

/**
 * A partner of the directory that consent to share can name: consent names it by its id,
 * the caseworker reads its name.
 */
public record SharingPartner(UUID id, String name) {

}
