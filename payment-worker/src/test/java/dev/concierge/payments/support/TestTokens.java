package dev.concierge.payments.support;

import io.smallrye.jwt.build.Jwt;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;

/**
 * Tokens shaped like the ingest API's (RS256 with a {@code kid}, its issuer, roles in {@code groups},
 * {@code sub} = the customer id for customers), signed with a key pair made once per test JVM whose
 * public half {@link JwtKeysResource} hands to the worker as a PEM file.
 */
public final class TestTokens {

    public static final String ISSUER = "https://concierge.dev/ingest-api";
    private static final String KEY_ID = "payment-worker-tests";

    private static KeyPair keys;
    private static Path publicKeyPem;

    private TestTokens() {
    }

    public static String customer(String customerId) {
        return sign(customerId, "customer", ISSUER);
    }

    public static String agent() {
        return sign("agt_tests", "agent", ISSUER);
    }

    public static String admin() {
        return sign("adm_tests", "admin", ISSUER);
    }

    /** A token signed with the right key but issued by someone else. */
    public static String foreignIssuer() {
        return sign("adm_tests", "admin", "https://elsewhere.example");
    }

    /** The public key as PEM, written on first use under target/. */
    public static synchronized Path publicKeyPem() {
        keyPair();
        return publicKeyPem;
    }

    private static String sign(String subject, String role, String issuer) {
        return Jwt.issuer(issuer).subject(subject).groups(Set.of(role)).expiresIn(Duration.ofMinutes(15))
                .jws().keyId(KEY_ID).sign(keyPair().getPrivate());
    }

    private static synchronized KeyPair keyPair() {
        if (keys == null) {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                keys = generator.generateKeyPair();
                String pem = "-----BEGIN PUBLIC KEY-----\n"
                        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                                .encodeToString(keys.getPublic().getEncoded())
                        + "\n-----END PUBLIC KEY-----\n";
                Path dir = Files.createDirectories(Path.of("target", "test-jwt"));
                publicKeyPem = Files.writeString(dir.resolve("public-" + ProcessHandle.current().pid() + ".pem"), pem)
                        .toAbsolutePath();
            } catch (NoSuchAlgorithmException | IOException e) {
                throw new IllegalStateException("could not make the test JWT key pair", e);
            }
        }
        return keys;
    }
}
