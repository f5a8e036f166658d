package org.haven.partner;

import java.util.UUID;

/**
 * An administrator changed a partner's entry; whether its data-sharing agreement is now
 * live is what the audit trail keeps.
 */
public record PartnerChanged(UUID partner, boolean agreementLive) implements PartnerEvent {

}
