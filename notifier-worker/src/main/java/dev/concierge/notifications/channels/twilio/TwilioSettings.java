package dev.concierge.notifications.channels.twilio;

import com.twilio.http.TwilioRestClient;
import dev.concierge.notifications.channels.ProviderMode;
import java.util.Optional;

/**
 * How the notifier talks to Twilio: the dev outbox when {@code DEV_OUTBOX_URL} is set, the real
 * service when an account SID and auth token are, otherwise not at all (WhatsApp and SMS are off).
 */
public record TwilioSettings(ProviderMode mode, TwilioRestClient client, String whatsAppFrom, String smsFrom,
        String statusCallbackUrl) {

    public static TwilioSettings choose(Optional<String> outboxUrl, Optional<String> accountSid,
            Optional<String> authToken, String whatsAppFrom, String smsFrom, String statusCallbackUrl) {
        if (outboxUrl.isPresent()) {
            TwilioRestClient client = new TwilioRestClient.Builder(accountSid.orElse(DEV_ACCOUNT_SID),
                    authToken.orElse(DEV_AUTH_TOKEN)).httpClient(new OutboxHttpClient(outboxUrl.get())).build();
            return new TwilioSettings(ProviderMode.OUTBOX, client, whatsAppFrom, smsFrom, statusCallbackUrl);
        }
        if (accountSid.isPresent() && authToken.isPresent()) {
            TwilioRestClient client = new TwilioRestClient.Builder(accountSid.get(), authToken.get()).build();
            return new TwilioSettings(ProviderMode.REAL, client, whatsAppFrom, smsFrom, statusCallbackUrl);
        }
        return new TwilioSettings(ProviderMode.OFF, null, whatsAppFrom, smsFrom, statusCallbackUrl);
    }

    /** The dev stack's values, which the outbox accepts. */
    static final String DEV_ACCOUNT_SID = "AC00000000000000000000000000000000";
    static final String DEV_AUTH_TOKEN = "dev-twilio-token";
}
