package dev.concierge.notifications.channels.email;

import dev.concierge.notifications.channels.Email;
import dev.concierge.notifications.channels.ProviderMode;
import dev.concierge.notifications.channels.ProviderRejectedException;
import dev.concierge.notifications.channels.ProviderUnavailableException;
import dev.concierge.schemas.common.Attachment;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
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
        try {
            mailer.send(mail);
        } catch (RuntimeException e) {
            throw new ProviderUnavailableException("smtp-unavailable: " + e.getClass().getSimpleName(), e);
        }
        return messageId;
    }
}
