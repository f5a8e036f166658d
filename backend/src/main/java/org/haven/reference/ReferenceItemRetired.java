package org.haven.reference;

/** An administrator retired an item: no longer offered, still read where it is used. */
public record ReferenceItemRetired(ReferenceList list, String code) implements ReferenceEvent {
}
