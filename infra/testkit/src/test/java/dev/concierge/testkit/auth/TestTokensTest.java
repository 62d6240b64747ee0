package dev.concierge.testkit.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.VerificationJwkSelector;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.Test;

class TestTokensTest {

    @Test
    void an_admin_token_carries_the_claims_ingest_api_issues_and_verifies_with_the_published_pem() throws Exception {
        JwtClaims claims = consumer(pemKey(), TestTokens.ISSUER).processToClaims(TestTokens.admin());

        assertThat(claims.getSubject()).isEqualTo("adm_tests");
        assertThat(claims.getStringListClaimValue("groups")).containsExactly("admin");
        assertThat(claims.getJwtId()).isNotBlank();
        assertThat(claims.getStringClaimValue("sid")).isNotBlank();
        assertThat(claims.getIssuedAt()).isNotNull();
        assertThat(claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue()).isEqualTo(900);
    }

    @Test
    void customer_and_agent_tokens_name_their_role_and_the_customer_token_its_customer() throws Exception {
        JwtConsumer consumer = consumer(pemKey(), TestTokens.ISSUER);

        JwtClaims customer = consumer.processToClaims(TestTokens.customer("cus_42"));
        JwtClaims agent = consumer.processToClaims(TestTokens.agent());

        assertThat(customer.getSubject()).isEqualTo("cus_42");
        assertThat(customer.getStringListClaimValue("groups")).containsExactly("customer");
        assertThat(agent.getStringListClaimValue("groups")).containsExactly("agent");
    }

    @Test
    void the_jwks_stand_in_serves_the_key_that_the_token_kid_names_and_no_other() throws Exception {
        JwksStandInResource standIn = new JwksStandInResource();
        try {
            String location = standIn.start().get("mp.jwt.verify.publickey.location");
            String body = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(location)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            JsonWebKeySet keys = new JsonWebKeySet(body);

            assertThat(keyFor(keys, TestTokens.admin())).isNotNull();
            assertThat(keyFor(keys, TestTokens.unknownKeyId())).isNull();
        } finally {
            standIn.stop();
        }
    }

    @Test
    void a_token_from_another_issuer_is_refused_by_a_verifier_that_expects_ingest_api() throws Exception {
        JwtConsumer consumer = consumer(pemKey(), TestTokens.ISSUER);

        assertThatThrownBy(() -> consumer.processToClaims(TestTokens.foreignIssuer()))
                .isInstanceOf(InvalidJwtException.class);
    }

    private static PublicKey keyFor(JsonWebKeySet keys, String token) throws Exception {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setCompactSerialization(token);
        var key = new VerificationJwkSelector().select(jws, keys.getJsonWebKeys());
        if (key == null) {
            return null;
        }
        jws.setKey(key.getKey());
        assertThat(jws.verifySignature()).isTrue();
        return (PublicKey) key.getKey();
    }

    private static PublicKey pemKey() throws Exception {
        List<String> lines = Files.readAllLines(TestTokens.publicKeyPem());
        String base64 = String.join("", lines.subList(1, lines.size() - 1));
        return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }

    private static JwtConsumer consumer(PublicKey key, String issuer) {
        return new JwtConsumerBuilder().setVerificationKey(key).setExpectedIssuer(issuer).setRequireSubject()
                .build();
    }
}
