package dev.concierge.ingest.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concierge.ingest.support.Api;
import dev.concierge.ingest.support.ApiTest;
import dev.concierge.testkit.ConciergeTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.security.KeyPairGenerator;
import java.util.List;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.junit.jupiter.api.Test;

/** What another service does with {@code /.well-known/jwks.json}: verify our tokens with nothing else. */
@QuarkusTest
@WithTestResource(ConciergeTestResource.class)
class PublishedKeySetTest extends ApiTest {

    @Test
    void the_key_set_holds_one_public_rs256_signing_key_and_no_private_part() throws Exception {
        Response response = given().when().get("/.well-known/jwks.json");

        response.then().statusCode(200);
        assertThat(response.header("Cache-Control")).contains("max-age");
        JsonWebKeySet set = new JsonWebKeySet(response.asString());
        assertThat(set.getJsonWebKeys()).hasSize(1);
        JsonWebKey key = set.getJsonWebKeys().get(0);
        assertThat(key.getKeyType()).isEqualTo("RSA");
        assertThat(key.getAlgorithm()).isEqualTo("RS256");
        assertThat(key.getUse()).isEqualTo("sig");
        assertThat(key.getKeyId()).isNotBlank();
        assertThat(response.asString()).doesNotContain("\"d\"").doesNotContain("\"p\"");
    }

    @Test
    void a_customer_token_and_a_staff_token_verify_against_the_key_set_alone() throws Exception {
        JwtConsumer verifier = verifierFromKeySet();

        for (Api.Session session : List.of(api.customer(), api.admin())) {
            JwtClaims claims = verifier.processToClaims(session.token());

            assertThat(claims.getSubject()).isNotBlank();
            assertThat(claims.getStringListClaimValue("groups")).hasSize(1);
        }
    }

    @Test
    void a_token_signed_by_another_key_with_our_key_id_does_not_verify() throws Exception {
        JwtConsumer verifier = verifierFromKeySet();
        String keyId = new JsonWebKeySet(given().get("/.well-known/jwks.json").asString()).getJsonWebKeys().get(0)
                .getKeyId();
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        JwtClaims claims = new JwtClaims();
        claims.setIssuer("https://concierge.dev/ingest-api");
        claims.setSubject("intruder");
        claims.setStringListClaim("groups", "admin");
        claims.setExpirationTimeMinutesInTheFuture(5);
        JsonWebSignature forged = new JsonWebSignature();
        forged.setPayload(claims.toJson());
        forged.setKey(generator.generateKeyPair().getPrivate());
        forged.setKeyIdHeaderValue(keyId);
        forged.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);

        String token = forged.getCompactSerialization();

        assertThatThrownBy(() -> verifier.processToClaims(token)).isInstanceOf(InvalidJwtException.class);
    }

    private static JwtConsumer verifierFromKeySet() throws Exception {
        JsonWebKeySet set = new JsonWebKeySet(given().get("/.well-known/jwks.json").asString());
        return new JwtConsumerBuilder()
                .setRequireExpirationTime()
                .setExpectedIssuer("https://concierge.dev/ingest-api")
                .setSkipDefaultAudienceValidation()
                .setVerificationKeyResolver(new JwksVerificationKeyResolver(set.getJsonWebKeys()))
                .build();
    }
}
