package org.haven.reference;

/** An administrator offered a retired item again. */
public record ReferenceItemReinstated(ReferenceList list, String code) implements ReferenceEvent {
}
