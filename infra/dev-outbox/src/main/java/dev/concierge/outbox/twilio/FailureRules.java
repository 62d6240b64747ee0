package dev.concierge.outbox.twilio;

import dev.concierge.outbox.messages.Addresses;
import dev.concierge.outbox.messages.Channel;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * "Fail the next message to this number", as often as asked. A WhatsApp fails the way one outside the
 * 24-hour window does (63016); an SMS as undeliverable (30003), unless the caller names another code.
 * Matching ignores the {@code whatsapp:} prefix, so a failed WhatsApp's SMS fallback to the same number
 * goes through.
 */
public final class FailureRules {

    public static final int WHATSAPP_OUTSIDE_WINDOW = 63016;
    public static final int SMS_UNREACHABLE = 30003;

    private final Map<String, Deque<Optional<Integer>>> pending = new HashMap<>();

    public synchronized void failNext(String number, Integer errorCode) {
        pending.computeIfAbsent(Addresses.bare(number), key -> new ArrayDeque<>()).add(Optional.ofNullable(errorCode));
    }

    /** The failure planned for a message to this number, consumed by asking. */
    public synchronized Optional<Failure> take(String to, Channel channel) {
        Deque<Optional<Integer>> planned = pending.get(Addresses.bare(to));
        if (planned == null || planned.isEmpty()) {
            return Optional.empty();
        }
        Optional<Integer> code = planned.poll();
        if (planned.isEmpty()) {
            pending.remove(Addresses.bare(to));
        }
        return Optional.of(channel == Channel.WHATSAPP
                ? new Failure("failed", code.orElse(WHATSAPP_OUTSIDE_WINDOW), false)
                : new Failure("undelivered", code.orElse(SMS_UNREACHABLE), true));
    }

    /** The final status and error code; {@code sentFirst}: Twilio reports {@code sent} before it gives up. */
    public record Failure(String status, int errorCode, boolean sentFirst) {
    }
}
