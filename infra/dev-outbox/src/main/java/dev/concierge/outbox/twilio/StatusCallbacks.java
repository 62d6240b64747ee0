package dev.concierge.outbox.twilio;

import dev.concierge.outbox.messages.Channel;
import dev.concierge.outbox.messages.Media;
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
 * Moves each Twilio message through its statuses the way Twilio does: it downloads the media first
 * (a medium it cannot fetch fails the message), then reports {@code sent} and {@code delivered}, or the
 * planned failure — updating the log and, when the sender gave a StatusCallback, posting each status
 * there signed. One thread, steps spaced by {@code step}: a sender sees its message queued before any
 * callback, and the callbacks of one message arrive in order.
 */
public final class StatusCallbacks implements AutoCloseable {

    /** Twilio's codes for media it could not download: WhatsApp, and SMS/MMS. */
    public static final int WHATSAPP_MEDIA_FAILED = 63019;
    public static final int MMS_MEDIA_FAILED = 11200;

    private static final Logger LOG = Logger.getLogger(StatusCallbacks.class.getName());

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "dev-outbox-status-callbacks");
        thread.setDaemon(true);
        return thread;
    });
    private final MessageLog log;
    private final SignedFormPoster poster;
    private final MediaFetcher media;
    private final Duration step;

    public StatusCallbacks(MessageLog log, SignedFormPoster poster, MediaFetcher media, Duration step) {
        this.log = log;
        this.poster = poster;
        this.media = media;
        this.step = step;
    }

    public void schedule(OutboxMessage message, String accountSid, String callbackUrl,
            Optional<FailureRules.Failure> planned) {
        scheduler.schedule(() -> deliver(message, accountSid, callbackUrl, planned), step.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void deliver(OutboxMessage message, String accountSid, String callbackUrl,
            Optional<FailureRules.Failure> planned) {
        List<Step> steps = steps(planned);
        if (media != null && !message.media().isEmpty()) {
            List<Media> fetched = media.fetchAll(message.media());
            log.update(message.id(), recorded -> recorded.withMedia(fetched));
            if (fetched.stream().anyMatch(Media::failedToFetch)) {
                steps = List.of(new Step("failed",
                        message.channel() == Channel.WHATSAPP ? WHATSAPP_MEDIA_FAILED : MMS_MEDIA_FAILED));
            }
        }
        run(message, accountSid, callbackUrl, steps, 0);
    }

    private static List<Step> steps(Optional<FailureRules.Failure> planned) {
        List<Step> steps = new ArrayList<>();
        if (planned.isEmpty()) {
            steps.add(new Step("sent", null));
            steps.add(new Step("delivered", null));
        } else {
            if (planned.get().sentFirst()) {
                steps.add(new Step("sent", null));
            }
            steps.add(new Step(planned.get().status(), planned.get().errorCode()));
        }
        return steps;
    }

    private void run(OutboxMessage message, String accountSid, String callbackUrl, List<Step> steps, int index) {
        report(message, accountSid, callbackUrl, steps.get(index));
        if (index + 1 < steps.size()) {
            scheduler.schedule(() -> run(message, accountSid, callbackUrl, steps, index + 1), step.toMillis(),
                    TimeUnit.MILLISECONDS);
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
