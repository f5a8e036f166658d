package org.haven.crypto;

import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.prf.Prf;
import com.google.crypto.tink.prf.PrfSet;
import org.springframework.context.ApplicationContext;

/**
 * The data keys and blind-index digests Haven makes, made without writing them, so that
 * the synthetic data generator can write many at once: the same key format, master key,
 * associated data and digests as {@link FieldEncryption#createDataKey} and
 * {@link BlindIndex#replace}.
 */
public final class BulkKeys {

	private final Keyring keyring;

	public BulkKeys(ApplicationContext context) {
		this.keyring = context.getBean(Keyring.class);
	}

	/** A new data key for the owner, wrapped as Haven stores it, and its cipher. */
	public DataKey newDataKey(UUID owner) {
		try {
			KeysetHandle dataKey = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
			Keyring.Wrapping master = this.keyring.masterForWrapping();
			byte[] wrapped = TinkProtoKeysetFormat.serializeEncryptedKeyset(dataKey, master.aead(),
					("haven/data-key/v1\u0000" + owner).getBytes(java.nio.charset.StandardCharsets.UTF_8));
			return new DataKey(wrapped, master.keyId(),
					new OwnerCipher(owner, dataKey.getPrimitive(RegistryConfiguration.get(), Aead.class)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot create a data key", ex);
		}
	}

	/**
	 * The blind-index entries {@link BlindIndex#replace} would write for these values.
	 */
	public List<IndexEntry> entries(Map<BlindIndex.Kind, ? extends Collection<String>> values) {
		PrfSet prfs = this.keyring.blindIndexPrfs();
		int keyId = prfs.getPrimaryId();
		List<IndexEntry> entries = new ArrayList<>();
		try {
			Prf primary = prfs.getPrfs().get(keyId);
			for (Map.Entry<BlindIndex.Kind, ? extends Collection<String>> entry : values.entrySet()) {
				for (String value : new LinkedHashSet<>(entry.getValue())) {
					if (value != null && !value.isEmpty()) {
						entries.add(new IndexEntry(entry.getKey().name(), keyId,
								BlindIndex.digest(primary, entry.getKey(), value)));
					}
				}
			}
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot use the blind-index key", ex);
		}
		return entries;
	}

	public record DataKey(byte[] wrapped, int masterKeyId, OwnerCipher cipher) {
	}

	public record IndexEntry(String kind, int keyId, byte[] digest) {
	}

}
