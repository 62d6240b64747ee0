package dev.concierge.ingest.auth.application;

import java.time.Instant;

/** Access tokens revoked before they expire (logout). Entries vanish when the token would have expired. */
public interface AccessDenyList {

    void deny(String tokenId, Instant until);

    boolean isDenied(String tokenId);
}
