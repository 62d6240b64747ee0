package dev.concierge.ingest.auth.security;

import io.smallrye.jwt.util.KeyUtils;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.interfaces.RSAPublicKey;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;

/**
 * The public half of the token-signing key, published as a JWK set (RFC 7517) so that the other
 * services verify our tokens without sharing a file with us. Its key id is the key's RFC 7638
 * thumbprint and goes into every token's header: after a key rotation a verifier sees an unknown
 * {@code kid}, fetches the set again and finds the new key.
 */
public final class PublishedSigningKey {

    private final String publicKeyLocation;
    // read on first use: on the dev stack the key file is only generated while the application starts
    private volatile RsaJsonWebKey key;

    public PublishedSigningKey(String publicKeyLocation) {
        this.publicKeyLocation = publicKeyLocation;
    }

    public String keyId() {
        return key().getKeyId();
    }

    /** The JWK set with the one verification key, as JSON. */
    public String keySetJson() {
        return new JsonWebKeySet(key()).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
    }

    private RsaJsonWebKey key() {
        RsaJsonWebKey current = key;
        if (current == null) {
            synchronized (this) {
                if (key == null) {
                    key = read(publicKeyLocation);
                }
                current = key;
            }
        }
        return current;
    }

    private static RsaJsonWebKey read(String location) {
        try {
            // a file path, as DevJwtKeys and production's mounted keys use it
            String pem = Files.readString(Path.of(location.startsWith("file:") ? location.substring(5) : location),
                    StandardCharsets.US_ASCII);
            RsaJsonWebKey jwk = new RsaJsonWebKey((RSAPublicKey) KeyUtils.decodePublicKey(pem));
            jwk.setKeyId(jwk.calculateBase64urlEncodedThumbprint("SHA-256"));
            jwk.setAlgorithm(AlgorithmIdentifiers.RSA_USING_SHA256);
            jwk.setUse("sig");
            return jwk;
        } catch (IOException | GeneralSecurityException | ClassCastException e) {
            throw new IllegalStateException("cannot read the JWT verification key at " + location, e);
        }
    }
}
