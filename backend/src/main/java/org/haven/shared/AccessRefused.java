package org.haven.shared;

/**
 * Someone was refused something: a screen, an address, an action. Published so that the
 * audit trail records it; names what was refused by route or action, never by content.
 */
public record AccessRefused(String what) {
}
