package org.haven.partner;

import java.util.UUID;

/**
 * An administrator added a partner to the directory, with or without a live data-sharing
 * agreement.
 */
public record PartnerAdded(UUID partner, boolean agreementLive) implements PartnerEvent {

}
