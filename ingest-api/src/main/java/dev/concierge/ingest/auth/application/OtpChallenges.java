package dev.concierge.ingest.auth.application;

import java.time.Duration;
import java.util.Optional;

/** Where pending OTP codes live (hashed, with a lifetime, a failure counter and a resend throttle). */
public interface OtpChallenges {

    /** False when a code was sent to this phone less than {@code resendAfter} ago. */
    boolean tryStartResendWindow(String phone, Duration resendAfter);

    Duration resendWaitLeft(String phone);

    void save(String phone, String codeHash, Duration lifetime);

    Optional<String> codeHash(String phone);

    /** Counts a wrong code and returns how many wrong codes this challenge has seen. */
    long recordFailure(String phone, Duration lifetime);

    /** Deletes the challenge; true only for the caller that actually removed it. */
    boolean clear(String phone);
}
