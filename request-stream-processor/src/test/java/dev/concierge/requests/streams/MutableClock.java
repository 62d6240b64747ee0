package dev.concierge.requests.streams;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock tests move by hand, in step with the test driver's wall clock. */
final class MutableClock extends Clock {

    private Instant now;
    private RuntimeException nextFailure;

    MutableClock(Instant start) {
        this.now = start;
    }

    void advance(Duration by) {
        now = now.plus(by);
    }

    /** The next reading throws {@code failure}, as any fault inside record handling would. */
    void failOnce(RuntimeException failure) {
        nextFailure = failure;
    }

    /** The time without triggering a planned failure, for the test's own use. */
    Instant now() {
        return now;
    }

    @Override
    public Instant instant() {
        if (nextFailure != null) {
            RuntimeException failure = nextFailure;
            nextFailure = null;
            throw failure;
        }
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
