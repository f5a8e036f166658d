package org.haven.reference;

/** An administrator changed an item's labels. */
public record ReferenceItemRelabelled(ReferenceList list, String code) implements ReferenceEvent {
}
