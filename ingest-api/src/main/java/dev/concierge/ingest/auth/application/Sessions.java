package dev.concierge.ingest.auth.application;

import dev.concierge.ingest.auth.application.RefreshTokens.Redeemed;
import dev.concierge.ingest.auth.application.RefreshTokens.Redemption;
import dev.concierge.ingest.auth.application.RefreshTokens.Reused;
import dev.concierge.ingest.shared.application.Caller;
import dev.concierge.ingest.shared.application.UnauthenticatedException;
import java.time.Duration;
import java.time.Instant;

/**
 * Opens, rotates and closes sessions for customers and staff alike. A session is everything that
 * descends from one sign-in: its chain of refresh tokens and the access tokens issued with them.
 */
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
        return issue(caller, secrets.token());
    }

    /**
     * Exchanges a refresh token for new tokens of the same session; the old refresh token stops
     * working. A token presented a second time means a copy exists (stolen, or a client racing
     * itself): the whole session ends, including the tokens the first exchange handed out.
     */
    public Session refresh(String refreshToken) {
        Redemption redemption = refreshTokens.redeem(hasher.hash(REFRESH_CONTEXT, refreshToken));
        if (redemption instanceof Redeemed redeemed) {
            return issue(redeemed.caller(), redeemed.sessionId());
        }
        if (redemption instanceof Reused reused) {
            denyList.denySession(reused.sessionId(), accessLifetime);
            throw new UnauthenticatedException("this refresh token was already used; the session is ended, sign in again");
        }
        throw new UnauthenticatedException("the refresh token is unknown, already used or revoked");
    }

    /**
     * Revokes the access token now (deny-list until it expires) and the session it belongs to; a
     * refresh token passed along (possibly of another session) ends that session too.
     */
    public void logout(String accessTokenId, Instant accessExpiresAt, String sessionIdOrNull, String refreshTokenOrNull) {
        denyList.deny(accessTokenId, accessExpiresAt);
        if (sessionIdOrNull != null) {
            refreshTokens.endSession(sessionIdOrNull);
        }
        if (refreshTokenOrNull != null && !refreshTokenOrNull.isBlank()
                && refreshTokens.redeem(hasher.hash(REFRESH_CONTEXT, refreshTokenOrNull)) instanceof Redeemed redeemed) {
            refreshTokens.endSession(redeemed.sessionId());
        }
    }

    private Session issue(Caller caller, String sessionId) {
        String refreshToken = secrets.token();
        refreshTokens.save(hasher.hash(REFRESH_CONTEXT, refreshToken), caller, sessionId, refreshLifetime);
        return new Session(tokens.issue(caller, sessionId, accessLifetime), "Bearer", accessLifetime.toSeconds(),
                refreshToken, caller.id(), caller.role().groupName());
    }
}
