package dev.concierge.outbox.twilio;

import dev.concierge.outbox.messages.MessageLog;
import dev.concierge.outbox.messages.OutboxMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Moves each Twilio message through its statuses the way Twilio does — {@code sent}, then
 * {@code delivered}, or the planned failure — updating the log and, when the sender gave a
 * StatusCallback, posting each status there signed. One thread, steps spaced by {@code step}: a sender
 * sees its message queued before any callback, and the callbacks of one message arrive in order.
 */
public final class StatusCallbacks implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(StatusCallbacks.class.getName());

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "dev-outbox-status-callbacks");
        thread.setDaemon(true);
        return thread;
    });
    private final MessageLog log;
    private final SignedFormPoster poster;
    private final Duration step;

    public StatusCallbacks(MessageLog log, SignedFormPoster poster, Duration step) {
        this.log = log;
        this.poster = poster;
        this.step = step;
    }

    public void schedule(OutboxMessage message, String accountSid, String callbackUrl,
            Optional<FailureRules.Failure> failure) {
        List<Step> steps = new ArrayList<>();
        if (failure.isEmpty()) {
            steps.add(new Step("sent", null));
            steps.add(new Step("delivered", null));
        } else {
            if (failure.get().sentFirst()) {
                steps.add(new Step("sent", null));
            }
            steps.add(new Step(failure.get().status(), failure.get().errorCode()));
        }
        for (int i = 0; i < steps.size(); i++) {
            Step next = steps.get(i);
            scheduler.schedule(() -> report(message, accountSid, callbackUrl, next),
                    step.toMillis() * (i + 1), TimeUnit.MILLISECONDS);
        }
    }

    private void report(OutboxMessage message, String accountSid, String callbackUrl, Step step) {
        log.update(message.id(), recorded -> recorded.withStatus(step.status(), step.errorCode()));
        if (callbackUrl == null || callbackUrl.isBlank()) {
            return;
        }
        Map<String, String> params = new LinkedHashMap<>();
        params.put("MessageSid", message.id());
        params.put("SmsSid", message.id());
        params.put("AccountSid", accountSid);
        params.put("From", message.from());
        params.put("To", message.to());
        params.put("MessageStatus", step.status());
        params.put("SmsStatus", step.status());
        params.put("ApiVersion", TwilioMessages.API_VERSION);
        if (step.errorCode() != null) {
            params.put("ErrorCode", String.valueOf(step.errorCode()));
        }
        try {
            int status = poster.post(callbackUrl, params);
            if (status >= 300) {
                LOG.warning(() -> "status callback " + step.status() + " for " + message.id() + " to " + callbackUrl
                        + " answered HTTP " + status);
            }
        } catch (IOException | RuntimeException e) {
            // Twilio gives up on an unreachable callback too; the message keeps its status in the log
            LOG.log(Level.WARNING, "status callback " + step.status() + " for " + message.id() + " to " + callbackUrl
                    + " failed: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }

    private record Step(String status, Integer errorCode) {
    }
}
