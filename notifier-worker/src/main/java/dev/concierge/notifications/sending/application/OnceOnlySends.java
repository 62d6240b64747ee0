package dev.concierge.notifications.sending.application;

import dev.concierge.notifications.channels.ProviderRejectedException;
import dev.concierge.notifications.channels.ProviderUnavailableException;
import java.util.function.Supplier;

/**
 * Calls a provider at most once per key: claim, call, record. A key found claimed is never sent
 * again; one claimed without a recorded outcome (the process died between the provider call and
 * the record) is {@link Unknown}: the provider may have accepted it or not, and Twilio's Create
 * Message takes no idempotency key that would let us ask.
 */
public final class OnceOnlySends {

    public static final String OUTCOME_UNKNOWN = "outcome-unknown";

    public sealed interface Outcome permits Accepted, Refused, Unknown {
    }

    /** The provider has the message; {@code now} is false when an earlier attempt had sent it. */
    public record Accepted(String providerMessageId, boolean now, boolean tracked) implements Outcome {
    }

    public record Refused(String reason) implements Outcome {
    }

    public record Unknown() implements Outcome {
    }

    private final SendClaims claims;

    public OnceOnlySends(SendClaims claims) {
        this.claims = claims;
    }

    public Outcome send(String key, Supplier<ChannelDelivery.Sent> call) {
        SendClaims.Claim claim = claims.claim(key);
        if (claim instanceof SendClaims.AlreadySent sent) {
            return new Accepted(sent.providerMessageId(), false, false);
        }
        if (claim instanceof SendClaims.AlreadyFailed failed) {
            return new Refused(failed.reason());
        }
        if (claim instanceof SendClaims.InFlight) {
            return new Unknown();
        }
        try {
            ChannelDelivery.Sent sent = call.get();
            claims.recordSent(key, sent.providerMessageId());
            return new Accepted(sent.providerMessageId(), true, sent.tracked());
        } catch (ProviderRejectedException e) {
            claims.recordFailed(key, e.reason());
            return new Refused(e.reason());
        } catch (ProviderUnavailableException e) {
            // a 5xx or a timeout that outlasted the retries: the provider did not take it (see README on timeouts)
            claims.recordFailed(key, e.reason());
            return new Refused(e.reason());
        }
    }
}
