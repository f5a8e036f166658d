package org.haven.crypto;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Implemented by the module that owns the indexed data, so that a rotation of the
 * blind-index key can recompute an owner's index from the decrypted values.
 */
public interface IndexedValues {

	/** The owner's normalised values per kind; empty when the owner no longer exists. */
	Optional<Map<BlindIndex.Kind, ? extends Collection<String>>> of(UUID owner);

}
