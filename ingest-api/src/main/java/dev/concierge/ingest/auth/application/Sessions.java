package dev.concierge.ingest.auth.application;

import dev.concierge.ingest.shared.application.Caller;
import dev.concierge.ingest.shared.application.UnauthenticatedException;
import java.time.Duration;
import java.time.Instant;

/** Opens, rotates and closes sessions for customers and staff alike. */
public final class Sessions {

    private static final String REFRESH_CONTEXT = "refresh";

    private final TokenIssuer tokens;
    private final RefreshTokens refreshTokens;
    private final AccessDenyList denyList;
    private final SecretGenerator secrets;
    private final SecretHasher hasher;
    private final Duration accessLifetime;
    private final Duration refreshLifetime;

    public Sessions(TokenIssuer tokens, RefreshTokens refreshTokens, AccessDenyList denyList, SecretGenerator secrets,
            SecretHasher hasher, Duration accessLifetime, Duration refreshLifetime) {
        this.tokens = tokens;
        this.refreshTokens = refreshTokens;
        this.denyList = denyList;
        this.secrets = secrets;
        this.hasher = hasher;
        this.accessLifetime = accessLifetime;
        this.refreshLifetime = refreshLifetime;
    }

    public Session open(Caller caller) {
        String refreshToken = secrets.token();
        refreshTokens.save(hasher.hash(REFRESH_CONTEXT, refreshToken), caller, refreshLifetime);
        return new Session(tokens.issue(caller, accessLifetime), "Bearer", accessLifetime.toSeconds(), refreshToken,
                caller.id(), caller.role().groupName());
    }

    /** Exchanges a refresh token for a new session; the old refresh token stops working. */
    public Session refresh(String refreshToken) {
        Caller caller = refreshTokens.consume(hasher.hash(REFRESH_CONTEXT, refreshToken))
                .orElseThrow(() -> new UnauthenticatedException("the refresh token is unknown, already used or revoked"));
        return open(caller);
    }

    /** Revokes the access token now (deny-list until it expires) and, when given, the refresh token. */
    public void logout(String accessTokenId, Instant accessExpiresAt, String refreshTokenOrNull) {
        denyList.deny(accessTokenId, accessExpiresAt);
        if (refreshTokenOrNull != null && !refreshTokenOrNull.isBlank()) {
            refreshTokens.revoke(hasher.hash(REFRESH_CONTEXT, refreshTokenOrNull));
        }
    }
}
