package dev.concierge.ingest.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.concierge.ingest.auth.application.CustomerAccounts;
import dev.concierge.ingest.directory.application.StoreRegistry;
import dev.concierge.ingest.media.application.WhatsAppPhotos;
import dev.concierge.ingest.requests.application.RequestOwnership;
import dev.concierge.ingest.requests.application.RequestWrites;
import dev.concierge.ingest.shared.application.EventPublisher;
import dev.concierge.ingest.shared.application.OnceOnly;
import dev.concierge.ingest.webhooks.application.Deliveries;
import dev.concierge.ingest.webhooks.application.RazorpayWebhooks;
import dev.concierge.ingest.webhooks.application.SignatureChecks;
import dev.concierge.ingest.webhooks.application.TwilioWebhooks;
import dev.concierge.ingest.webhooks.gateways.SdkSignatureChecks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Razorpay and Twilio webhooks: signature checks and de-duplication of deliveries.
 * The only place that knows which adapter backs which port of this capability.
 */
@ApplicationScoped
public class WebhookWiring {

    @Produces
    @Singleton
    SignatureChecks signatureChecks(@ConfigProperty(name = "concierge.razorpay.webhook-secret") String razorpaySecret,
            @ConfigProperty(name = "concierge.twilio.auth-token") String twilioToken) {
        return new SdkSignatureChecks(razorpaySecret, twilioToken);
    }

    @Produces
    @Singleton
    Deliveries deliveries(OnceOnly onceOnly) {
        // gateways stop retrying after about a day; a week of memory covers every redelivery
        return new Deliveries(onceOnly, Duration.ofDays(7));
    }

    @Produces
    @Singleton
    RazorpayWebhooks razorpayWebhooks(SignatureChecks signatures, Deliveries deliveries, EventPublisher events,
            ObjectMapper mapper, Clock clock) {
        return new RazorpayWebhooks(signatures, deliveries, events, mapper, clock);
    }

    @Produces
    @Singleton
    TwilioWebhooks twilioWebhooks(SignatureChecks signatures, Deliveries deliveries, EventPublisher events,
            StoreRegistry stores, CustomerAccounts customers, RequestOwnership ownership, RequestWrites writes,
            WhatsAppPhotos photos, Clock clock,
            @ConfigProperty(name = "concierge.whatsapp.follow-up-window") Duration followUpWindow) {
        return new TwilioWebhooks(signatures, deliveries, events, stores, customers, ownership, writes, photos, clock,
                followUpWindow);
    }
}
