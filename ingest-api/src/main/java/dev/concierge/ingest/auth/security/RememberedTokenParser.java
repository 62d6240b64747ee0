package dev.concierge.ingest.auth.security;

import dev.concierge.ingest.shared.application.BoundedCache;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Instant;
import java.util.Optional;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Verifies each access token once in its lifetime instead of on every request: the RS256 signature
 * check and the claims parsing were the largest single cost of a chat message. A token that verified
 * is remembered, keyed by its exact text (signature included), until its own {@code exp}; past that,
 * or for any other text, the full check runs again. Nothing that fails is remembered.
 *
 * <p>Revocation is untouched: the deny-list ({@code RevokedTokens}, checked with the budgets in
 * {@code RateLimitFilter}) is asked on every request, after this, whether the token came from here
 * or from a fresh check.
 */
public final class RememberedTokenParser implements JWTParser {

    private final JWTParser verifier;
    private final BoundedCache<String, JsonWebToken> verified;

    public RememberedTokenParser(JWTParser verifier, BoundedCache<String, JsonWebToken> verified) {
        this.verifier = verifier;
        this.verified = verified;
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        JsonWebToken known = verified.get(token).orElse(null);
        if (known != null) {
            return known;
        }
        JsonWebToken checked = verifier.parse(token);
        verified.put(token, checked, Instant.ofEpochSecond(checked.getExpirationTime()));
        return checked;
    }

    /**
     * The token as verified earlier, without checking it again; empty when it was not verified here or
     * its expiry has come. For a route that may act only on tokens already known good.
     */
    public Optional<JsonWebToken> remembered(String token) {
        return verified.get(token);
    }

    // every other way of reading a token (another key, no verification) is passed on unremembered

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return verifier.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return verifier.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return verifier.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return verifier.parseOnly(token);
    }
}
