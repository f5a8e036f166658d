package org.haven.reference;

/** An administrator added an item to a list, at its end. */
public record ReferenceItemAdded(ReferenceList list, String code) implements ReferenceEvent {
}
