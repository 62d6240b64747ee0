package dev.concierge.notifications.channels.email;

import dev.concierge.notifications.channels.Email;
import dev.concierge.notifications.channels.ProviderMode;
import dev.concierge.notifications.channels.ProviderRejectedException;
import dev.concierge.notifications.channels.ProviderUnavailableException;
import dev.concierge.schemas.common.Attachment;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.faulttolerance.Retry;

/**
 * Email through the Quarkus Mailer (SMTP): a text part and, when the template has one, an HTML part
 * (multipart/alternative), plus attachments. The Message-ID is set here so that the notification
 * can name it. A connection or server failure is retried with backoff.
 */
// a 5xx, a timeout or an unreachable provider is retried with exponential backoff; a refusal never is
@Retry(maxRetries = 3, delay = 300, jitter = 100, retryOn = ProviderUnavailableException.class,
        abortOn = ProviderRejectedException.class)
@ExponentialBackoff
@ApplicationScoped
public class SmtpEmail implements Email {

    private final Mailer mailer;
    private final EmailSettings settings;
    private final AttachmentFiles files;
    private final ExecutorService sender = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "smtp-sender");
        thread.setDaemon(true);
        return thread;
    });

    SmtpEmail(Mailer mailer, EmailSettings settings, AttachmentFiles files) {
        this.mailer = mailer;
        this.settings = settings;
        this.files = files;
    }

    @Override
    public ProviderMode mode() {
        return settings.mode();
    }

    @Override
    public String send(List<String> to, String subject, String text, String html, List<Attachment> attachments) {
        if (settings.mode() == ProviderMode.OFF) {
            throw new ProviderRejectedException("provider-off: smtp");
        }
        String messageId = "<" + UUID.randomUUID() + "@" + settings.messageIdDomain() + ">";
        Mail mail = new Mail().setTo(List.copyOf(to)).setFrom(settings.from()).setSubject(subject).setText(text)
                .addHeader("Message-ID", messageId);
        if (html != null) {
            mail.setHtml(html);
        }
        for (Attachment attachment : attachments) {
            AttachmentFiles.File file = files.read(attachment);
            mail.addAttachment(file.name(), file.bytes(), file.contentType());
        }
        // The blocking Mailer waits for Vert.x's mail client, which runs its SMTP conversation on the
        // caller's Vert.x context. Called from a consumer's ordered worker context it would queue behind
        // the very task that waits for it and time out; from a plain thread it gets an event loop.
        Future<?> sending = sender.submit(() -> mailer.send(mail));
        try {
            sending.get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new ProviderUnavailableException("smtp-unavailable: " + e.getCause().getClass().getSimpleName(),
                    e.getCause());
        } catch (TimeoutException e) {
            sending.cancel(true);
            throw new ProviderUnavailableException("smtp-timeout", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProviderUnavailableException("smtp-interrupted", e);
        }
        return messageId;
    }

    @PreDestroy
    void stop() {
        sender.shutdownNow();
    }
}
