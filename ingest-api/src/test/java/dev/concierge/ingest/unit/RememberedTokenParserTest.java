package dev.concierge.ingest.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concierge.ingest.auth.security.RememberedTokenParser;
import dev.concierge.ingest.shared.application.BoundedCache;
import dev.concierge.ingest.support.MovableClock;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The remembering parser in front of smallrye-jwt's real verifier, with real RS256 tokens. */
class RememberedTokenParserTest {

    private static final String ISSUER = "https://concierge.dev/ingest-api";

    private final MovableClock clock = new MovableClock(Instant.now());
    private final AtomicInteger verifications = new AtomicInteger();
    private KeyPair keys;
    private RememberedTokenParser parser;

    @BeforeEach
    void keysAndVerifier() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = generator.generateKeyPair();
        JWTAuthContextInfo context = new JWTAuthContextInfo((RSAPublicKey) keys.getPublic(), ISSUER);
        DefaultJWTParser verifier = new DefaultJWTParser(context) {
            @Override
            public JsonWebToken parse(String token) throws ParseException {
                verifications.incrementAndGet();
                return super.parse(token);
            }
        };
        parser = new RememberedTokenParser(verifier, new BoundedCache<>(100, clock));
    }

    @Test
    void a_token_is_verified_once_and_then_answered_from_memory() throws Exception {
        String token = sign("cus_1", Instant.now().plusSeconds(900));

        assertThat(parser.parse(token).getSubject()).isEqualTo("cus_1");
        assertThat(parser.parse(token).getSubject()).isEqualTo("cus_1");

        assertThat(verifications).hasValue(1);
    }

    @Test
    void a_remembered_token_is_verified_again_once_its_expiry_has_come() throws Exception {
        String token = sign("cus_2", Instant.now().plusSeconds(900));
        parser.parse(token);

        clock.advance(Duration.ofSeconds(901));
        parser.parse(token);

        assertThat(verifications).hasValue(2);
    }

    @Test
    void a_remembered_token_with_another_signature_or_other_claims_is_refused() throws Exception {
        String token = sign("cus_3", Instant.now().plusSeconds(900));
        parser.parse(token);
        String[] parts = token.split("\\.");
        String otherClaims = parts[0] + "." + payload("cus_admin", Instant.now().plusSeconds(900)) + "." + parts[2];
        String otherSignature = parts[0] + "." + parts[1] + "." + sign("cus_3", Instant.now().plusSeconds(600)).split("\\.")[2];

        assertThatThrownBy(() -> parser.parse(otherClaims)).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> parser.parse(otherSignature)).isInstanceOf(ParseException.class);
    }

    @Test
    void a_token_that_failed_verification_is_not_remembered() throws Exception {
        String forged = sign("cus_4", Instant.now().plusSeconds(900)).replaceFirst("\\.[^.]+$", ".AAAA");

        assertThatThrownBy(() -> parser.parse(forged)).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> parser.parse(forged)).isInstanceOf(ParseException.class);

        assertThat(verifications).hasValue(2);
    }

    private String sign(String subject, Instant expiry) throws Exception {
        String header = encode("{\"alg\":\"RS256\",\"typ\":\"JWT\"}");
        String signed = header + "." + payload(subject, expiry);
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(keys.getPrivate());
        rsa.update(signed.getBytes(StandardCharsets.US_ASCII));
        return signed + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign());
    }

    private static String payload(String subject, Instant expiry) {
        long now = Instant.now().getEpochSecond();
        return encode("{\"iss\":\"" + ISSUER + "\",\"sub\":\"" + subject + "\",\"groups\":[\"customer\"],\"jti\":\""
                + UUID.randomUUID() + "\",\"iat\":" + now + ",\"exp\":" + expiry.getEpochSecond() + "}");
    }

    private static String encode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
