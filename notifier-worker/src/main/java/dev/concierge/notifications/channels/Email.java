package dev.concierge.notifications.channels;

import dev.concierge.schemas.common.Attachment;
import dev.concierge.schemas.common.Nullable;
import java.util.List;

/** Email over SMTP: a text part, an HTML part when the template has one, and attachments. */
public interface Email {

    ProviderMode mode();

    /** @return the id the message is known by (its Message-ID) */
    String send(List<String> to, String subject, String text, @Nullable String html, List<Attachment> attachments);
}
