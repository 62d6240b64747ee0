package dev.concierge.ingest.auth.security;

import dev.concierge.ingest.auth.application.TokenIssuer;
import dev.concierge.ingest.shared.application.Caller;
import dev.concierge.ingest.shared.application.IdGenerator;
import io.smallrye.jwt.build.Jwt;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;

/**
 * RS256 access tokens signed with the key at {@code smallrye.jwt.sign.key.location}, naming the published
 * verification key in their {@code kid} header.
 */
public final class JwtTokenIssuer implements TokenIssuer {

    /** The session (one sign-in and its refreshes) a token belongs to; ending the session revokes it. */
    public static final String SESSION_CLAIM = "sid";

    private final String issuer;
    private final Clock clock;
    private final IdGenerator ids;
    private final PublishedSigningKey signingKey;

    public JwtTokenIssuer(String issuer, Clock clock, IdGenerator ids, PublishedSigningKey signingKey) {
        this.issuer = issuer;
        this.clock = clock;
        this.ids = ids;
        this.signingKey = signingKey;
    }

    @Override
    public String issue(Caller caller, String sessionId, Duration lifetime) {
        long now = clock.instant().getEpochSecond();
        return Jwt.issuer(issuer)
                .subject(caller.id())
                .groups(Set.of(caller.role().groupName()))
                .claim("jti", ids.next())
                .claim(SESSION_CLAIM, sessionId)
                .issuedAt(now)
                .expiresAt(now + lifetime.toSeconds())
                .jws().keyId(signingKey.keyId())
                .sign();
    }
}
