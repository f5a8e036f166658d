package org.haven.crypto;

import java.util.function.Supplier;

import org.jasypt.encryption.StringEncryptor;
import org.jasypt.encryption.pbe.PooledPBEStringEncryptor;
import org.jasypt.iv.RandomIvGenerator;
import org.jasypt.salt.RandomSaltGenerator;

/**
 * Secrets in configuration written as {@code ENC(...)}, encrypted with the master
 * passphrase (PBEWITHHMACSHA512ANDAES_256). {@code java -jar haven.jar encrypt-secret}
 * makes such values.
 */
final class ConfigurationSecrets implements StringEncryptor {

	private final Supplier<char[]> passphrase;

	private volatile PooledPBEStringEncryptor encryptor;

	ConfigurationSecrets(Supplier<char[]> passphrase) {
		this.passphrase = passphrase;
	}

	@Override
	public String encrypt(String message) {
		return encryptor().encrypt(message);
	}

	@Override
	public String decrypt(String encryptedMessage) {
		return encryptor().decrypt(encryptedMessage);
	}

	private PooledPBEStringEncryptor encryptor() {
		PooledPBEStringEncryptor current = this.encryptor;
		if (current == null) {
			synchronized (this) {
				if (this.encryptor == null) {
					this.encryptor = create(this.passphrase.get());
				}
				current = this.encryptor;
			}
		}
		return current;
	}

	static PooledPBEStringEncryptor create(char[] passphrase) {
		PooledPBEStringEncryptor encryptor = new PooledPBEStringEncryptor();
		encryptor.setPoolSize(2);
		encryptor.setAlgorithm(KeysetFile.ALGORITHM);
		encryptor.setPasswordCharArray(passphrase);
		encryptor.setKeyObtentionIterations(KeysetFile.ITERATIONS);
		encryptor.setSaltGenerator(new RandomSaltGenerator());
		encryptor.setIvGenerator(new RandomIvGenerator());
		encryptor.setStringOutputType("base64");
		return encryptor;
	}

}
