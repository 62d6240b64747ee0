package dev.concierge.notifications.channels;

import dev.concierge.notifications.templates.WhatsAppTemplate;
import java.util.List;

/**
 * WhatsApp and SMS (Twilio). Each send returns the provider's message id (Twilio's {@code SM…} SID),
 * under which its delivery status is reported later.
 *
 * @throws ProviderRejectedException    when the provider refuses the message (never retried)
 * @throws ProviderUnavailableException when it cannot be reached, after the retries
 */
public interface Messaging {

    ProviderMode mode();

    /** Free text and media: only inside the recipient's 24-hour window. */
    String sendWhatsApp(String phone, String body, List<String> mediaUrls);

    /** An approved template, the only thing WhatsApp allows outside the window. */
    String sendWhatsAppTemplate(String phone, WhatsAppTemplate template);

    String sendSms(String phone, String body);
}
