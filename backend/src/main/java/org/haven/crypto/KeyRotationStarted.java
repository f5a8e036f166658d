package org.haven.crypto;

/** An administrator started rotating a keyset to a new primary version, {@code keyId}. */
public record KeyRotationStarted(RotationProgress.Keyset keyset, long keyId) implements KeyEvent {
}
