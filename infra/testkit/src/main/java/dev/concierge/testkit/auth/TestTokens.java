package dev.concierge.testkit.auth;

import io.smallrye.jwt.build.Jwt;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;

/**
 * Access tokens shaped like ingest-api's ({@code JwtTokenIssuer}): RS256 with a {@code kid} header,
 * its issuer, the subject's id in {@code sub}, the role in {@code groups}, a token id ({@code jti}),
 * the session ({@code sid}), {@code iat} and {@code exp}. They are signed with one key pair per test
 * JVM ({@link TestKeys}); a service under test gets its public half from {@link JwtKeysResource}
 * (a PEM file) or {@link JwksStandInResource} (a JWK set over HTTP, as on the dev stack).
 */
public final class TestTokens {

    public static final String ISSUER = "https://concierge.dev/ingest-api";
    /** The {@code kid} of the test key; ingest-api uses its key's RFC 7638 thumbprint, any name does here. */
    public static final String KEY_ID = "concierge-tests";

    private static final Duration LIFETIME = Duration.ofMinutes(15);

    private TestTokens() {
    }

    public static String customer(String customerId) {
        return sign(customerId, "customer", ISSUER, KEY_ID);
    }

    public static String agent() {
        return sign("agt_tests", "agent", ISSUER, KEY_ID);
    }

    public static String admin() {
        return sign("adm_tests", "admin", ISSUER, KEY_ID);
    }

    /** A token signed with the right key but issued by someone else. */
    public static String foreignIssuer() {
        return sign("adm_tests", "admin", "https://elsewhere.example", KEY_ID);
    }

    /** A token signed with the right key but naming another key id, as after ingest-api rotated its key. */
    public static String unknownKeyId() {
        return sign("adm_tests", "admin", ISSUER, "rotated-away");
    }

    /** The public key as ingest-api publishes its keys at {@code /.well-known/jwks.json}. */
    public static String jwks() {
        return TestKeys.jwks(KEY_ID);
    }

    /** The public key as a PEM file (under {@code target/test-jwt/}). */
    public static Path publicKeyPem() {
        return TestKeys.publicKeyPem();
    }

    private static String sign(String subject, String role, String issuer, String keyId) {
        return Jwt.issuer(issuer).subject(subject).groups(Set.of(role))
                .claim("jti", UUID.randomUUID().toString())
                .claim("sid", "ses_tests")
                .expiresIn(LIFETIME)
                .jws().keyId(keyId).sign(TestKeys.pair().getPrivate());
    }
}
