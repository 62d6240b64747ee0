package dev.concierge.notifications.channels.twilio;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.twilio.exception.ApiConnectionException;
import com.twilio.exception.ApiException;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.rest.api.v2010.account.MessageCreator;
import com.twilio.type.PhoneNumber;
import dev.concierge.notifications.channels.Messaging;
import dev.concierge.notifications.channels.ProviderMode;
import dev.concierge.notifications.channels.ProviderRejectedException;
import dev.concierge.notifications.channels.ProviderUnavailableException;
import dev.concierge.notifications.templates.WhatsAppTemplate;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.List;
import java.util.TreeMap;
import org.eclipse.microprofile.faulttolerance.Retry;

/**
 * WhatsApp and SMS through the Twilio SDK's Create Message. Every message asks for status callbacks
 * at ingest-api, which turns them into {@code DeliveryStatusReported}. A 5xx, a 429 or a connection
 * failure is retried with exponential backoff; any other 4xx is Twilio refusing this message, never retried.
 */
// a 5xx, a timeout or an unreachable provider is retried with exponential backoff; a refusal never is
@Retry(maxRetries = 3, delay = 300, jitter = 100, retryOn = ProviderUnavailableException.class,
        abortOn = ProviderRejectedException.class)
@ExponentialBackoff
@ApplicationScoped
public class TwilioMessaging implements Messaging {

    private static final String WHATSAPP = "whatsapp:";

    private final TwilioSettings settings;
    private final ObjectMapper json = new ObjectMapper();

    TwilioMessaging(TwilioSettings settings) {
        this.settings = settings;
    }

    @Override
    public ProviderMode mode() {
        return settings.mode();
    }

    @Override
    public String sendWhatsApp(String phone, String body, List<String> mediaUrls) {
        MessageCreator creator = Message.creator(new PhoneNumber(WHATSAPP + phone),
                new PhoneNumber(settings.whatsAppFrom()), body);
        if (!mediaUrls.isEmpty()) {
            creator.setMediaUrl(mediaUrls.stream().map(URI::create).toList());
        }
        return create(creator);
    }

    @Override
    public String sendWhatsAppTemplate(String phone, WhatsAppTemplate template) {
        MessageCreator creator = Message.creator(new PhoneNumber(WHATSAPP + phone),
                new PhoneNumber(settings.whatsAppFrom()), (String) null)
                .setContentSid(template.contentSid())
                .setContentVariables(contentVariables(template));
        return create(creator);
    }

    @Override
    public String sendSms(String phone, String body) {
        return create(Message.creator(new PhoneNumber(phone), new PhoneNumber(settings.smsFrom()), body));
    }

    private String create(MessageCreator creator) {
        if (settings.mode() == ProviderMode.OFF) {
            throw new ProviderRejectedException("provider-off: twilio");
        }
        creator.setStatusCallback(URI.create(settings.statusCallbackUrl()));
        try {
            return creator.create(settings.client()).getSid();
        } catch (ApiException e) {
            Integer status = e.getStatusCode();
            if (status == null || status >= 500 || status == 429) {
                throw new ProviderUnavailableException("twilio-unavailable: " + status + " " + e.getCode(), e);
            }
            throw new ProviderRejectedException("twilio-" + e.getCode());
        } catch (ApiConnectionException e) {
            throw new ProviderUnavailableException("twilio-unreachable", e);
        }
    }

    private String contentVariables(WhatsAppTemplate template) {
        try {
            return json.writeValueAsString(new TreeMap<>(template.variables()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("template variables are plain strings", e);
        }
    }
}
