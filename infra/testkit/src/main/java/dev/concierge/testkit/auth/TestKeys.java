package dev.concierge.testkit.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;

/**
 * One RSA key pair per test JVM, standing in for the key ingest-api signs its tokens with. Quarkus
 * loads test classes once per test profile in a class loader of its own, so a key kept only in a
 * static field would differ between a test and the resource that published it: the pair is kept in
 * files under {@code target/test-jwt/<pid>/} and every loader reads the same one.
 */
final class TestKeys {

    private static final Path DIR = Path.of("target", "test-jwt", String.valueOf(ProcessHandle.current().pid()))
            .toAbsolutePath();
    private static final Path KEYS = DIR.resolve("keys");
    private static final String PRIVATE = "private.der";
    private static final String PUBLIC = "public.der";
    private static final String PUBLIC_PEM = "public.pem";

    private static KeyPair keys;

    private TestKeys() {
    }

    static synchronized KeyPair pair() {
        if (keys == null) {
            keys = readOrMake();
        }
        return keys;
    }

    /** The public key as PEM, for {@code mp.jwt.verify.publickey.location=file:…}. */
    static Path publicKeyPem() {
        pair();
        return KEYS.resolve(PUBLIC_PEM);
    }

    /** The public key as ingest-api publishes its keys: a JWK set whose {@code kid} names the key. */
    static String jwks(String keyId) {
        RSAPublicKey key = (RSAPublicKey) pair().getPublic();
        Base64.Encoder base64url = Base64.getUrlEncoder().withoutPadding();
        return "{\"keys\":[{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"kid\":\"" + keyId + "\",\"n\":\""
                + base64url.encodeToString(unsigned(key.getModulus())) + "\",\"e\":\""
                + base64url.encodeToString(unsigned(key.getPublicExponent())) + "\"}]}";
    }

    private static KeyPair readOrMake() {
        try {
            Files.createDirectories(DIR);
            if (!Files.isDirectory(KEYS)) {
                publish(KeyPairGenerator.getInstance("RSA"));
            }
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            return new KeyPair(rsa.generatePublic(new X509EncodedKeySpec(Files.readAllBytes(KEYS.resolve(PUBLIC)))),
                    rsa.generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(KEYS.resolve(PRIVATE)))));
        } catch (IOException e) {
            throw new UncheckedIOException("could not keep the test JWT key pair under " + DIR, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not make the test JWT key pair", e);
        }
    }

    /** Writes a new pair and moves its directory into place in one step, so nobody reads half a pair. */
    private static void publish(KeyPairGenerator generator) throws IOException {
        generator.initialize(2048);
        KeyPair made = generator.generateKeyPair();
        Path staging = Files.createTempDirectory(DIR, "staging");
        Files.write(staging.resolve(PRIVATE), made.getPrivate().getEncoded());
        Files.write(staging.resolve(PUBLIC), made.getPublic().getEncoded());
        Files.writeString(staging.resolve(PUBLIC_PEM), "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(made.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n");
        try {
            Files.move(staging, KEYS, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileSystemException anotherLoaderWasFirst) {
            // a test profile's class loader published its pair first: that one is read by everyone
        }
    }

    /** A JWK's big integers are unsigned big-endian bytes: without the sign byte BigInteger may add. */
    private static byte[] unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        return bytes[0] == 0 ? Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }
}
