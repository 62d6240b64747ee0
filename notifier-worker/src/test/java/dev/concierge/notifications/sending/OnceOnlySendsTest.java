package dev.concierge.notifications.sending;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.notifications.channels.ProviderRejectedException;
import dev.concierge.notifications.channels.ProviderUnavailableException;
import dev.concierge.notifications.sending.application.ChannelDelivery;
import dev.concierge.notifications.sending.application.OnceOnlySends;
import dev.concierge.notifications.sending.application.SendClaims;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The claim → call → record rule on its own; the Redis claims behind it are tested in ExactlyOnceTest. */
class OnceOnlySendsTest {

    private final ClaimsInMemory claims = new ClaimsInMemory();
    private final OnceOnlySends onceOnly = new OnceOnlySends(claims);
    private final AtomicInteger providerCalls = new AtomicInteger();

    @Test
    void the_first_send_calls_the_provider_and_a_repeat_only_reads_what_it_recorded() {
        OnceOnlySends.Outcome first = onceOnly.send("ntf_1/SMS", this::accepted);
        OnceOnlySends.Outcome again = onceOnly.send("ntf_1/SMS", this::accepted);

        assertThat(first).isEqualTo(new OnceOnlySends.Accepted("SM1", true, true));
        assertThat(again).isEqualTo(new OnceOnlySends.Accepted("SM1", false, false));
        assertThat(providerCalls).hasValue(1);
    }

    @Test
    void a_refusal_is_recorded_and_a_repeat_is_refused_without_calling_the_provider() {
        onceOnly.send("ntf_2/SMS", () -> {
            providerCalls.incrementAndGet();
            throw new ProviderRejectedException("twilio-21211");
        });

        assertThat(onceOnly.send("ntf_2/SMS", this::accepted)).isEqualTo(new OnceOnlySends.Refused("twilio-21211"));
        assertThat(providerCalls).hasValue(1);
    }

    @Test
    void a_provider_still_unavailable_after_the_retries_counts_as_refused() {
        OnceOnlySends.Outcome outcome = onceOnly.send("ntf_3/EMAIL", () -> {
            throw new ProviderUnavailableException("smtp-unavailable: ConnectException", null);
        });

        assertThat(outcome).isEqualTo(new OnceOnlySends.Refused("smtp-unavailable: ConnectException"));
    }

    @Test
    void a_claim_without_an_outcome_is_unknown_and_never_sent_again() {
        claims.held.put("ntf_4/WHATSAPP", new SendClaims.InFlight());

        assertThat(onceOnly.send("ntf_4/WHATSAPP", this::accepted)).isInstanceOf(OnceOnlySends.Unknown.class);
        assertThat(providerCalls).hasValue(0);
    }

    private ChannelDelivery.Sent accepted() {
        providerCalls.incrementAndGet();
        return new ChannelDelivery.Sent("SM" + providerCalls.get(), true);
    }

    /** The SendClaims port's contract without Redis: SET NX, then the recorded outcome. */
    private static final class ClaimsInMemory implements SendClaims {

        private final Map<String, Claim> held = new HashMap<>();

        @Override
        public Claim claim(String key) {
            Claim existing = held.putIfAbsent(key, new InFlight());
            return existing == null ? new Won() : existing;
        }

        @Override
        public void recordSent(String key, String providerMessageId) {
            held.put(key, new AlreadySent(providerMessageId));
        }

        @Override
        public void recordFailed(String key, String reason) {
            held.put(key, new AlreadyFailed(reason));
        }
    }
}
