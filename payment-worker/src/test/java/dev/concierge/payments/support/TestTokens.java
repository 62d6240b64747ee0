package dev.concierge.payments.support;

import io.smallrye.jwt.build.Jwt;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.Arrays;
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

    /** A token signed with the right key but naming another key id, as after the ingest API rotated its key. */
    public static String unknownKeyId() {
        return Jwt.issuer(ISSUER).subject("adm_tests").groups(Set.of("admin")).expiresIn(Duration.ofMinutes(15))
                .jws().keyId("rotated-away").sign(keyPair().getPrivate());
    }

    /** The public key as the ingest API publishes its keys: a JWK set, {@code kid} naming the key. */
    public static String jwks() {
        RSAPublicKey key = (RSAPublicKey) keyPair().getPublic();
        Base64.Encoder base64url = Base64.getUrlEncoder().withoutPadding();
        return "{\"keys\":[{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"kid\":\"" + KEY_ID + "\",\"n\":\""
                + base64url.encodeToString(unsigned(key.getModulus())) + "\",\"e\":\""
                + base64url.encodeToString(unsigned(key.getPublicExponent())) + "\"}]}";
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

    /** A JWK's big integers are unsigned big-endian bytes: without the sign byte BigInteger may add. */
    private static byte[] unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        return bytes[0] == 0 ? Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
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
