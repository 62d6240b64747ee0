package dev.concierge.payments.config;

import com.mongodb.client.MongoDatabase;
import dev.concierge.payments.application.CapturedPayments;
import dev.concierge.payments.application.Claims;
import dev.concierge.payments.application.CustomerContacts;
import dev.concierge.payments.application.Links;
import dev.concierge.payments.application.PaymentCommandHandler;
import dev.concierge.payments.application.PaymentEventsOut;
import dev.concierge.payments.application.Receipts;
import dev.concierge.payments.application.Reconciliation;
import dev.concierge.payments.application.Refunds;
import dev.concierge.payments.application.WebhookHandler;
import dev.concierge.payments.application.WebhookIntake;
import dev.concierge.payments.gateway.NoGateway;
import dev.concierge.payments.gateway.PaymentGateway;
import dev.concierge.payments.messaging.KafkaPaymentEvents;
import dev.concierge.payments.persistence.MongoCapturedPayments;
import dev.concierge.payments.persistence.MongoClaims;
import dev.concierge.payments.persistence.MongoCustomerContacts;
import dev.concierge.payments.persistence.MongoLinks;
import dev.concierge.payments.persistence.MongoProcessedWebhooks;
import dev.concierge.payments.persistence.MongoReceipts;
import dev.concierge.payments.persistence.MongoSimulatedLinks;
import dev.concierge.payments.razorpay.RazorpayGateway;
import dev.concierge.payments.receipts.ReceiptBook;
import dev.concierge.payments.receipts.ReceiptLinks;
import dev.concierge.payments.receipts.ReceiptStore;
import dev.concierge.payments.simulated.SimulatedGateway;
import dev.concierge.payments.simulated.WebhookSender;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.envelope.EventCodec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.apache.kafka.clients.producer.Producer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Wires the plain handlers to the gateway, MongoDB and Kafka. */
@ApplicationScoped
public class PaymentWiring {

    private static final Logger LOG = Logger.getLogger(PaymentWiring.class);

    /**
     * Razorpay when both keys are set; else the simulated gateway where it is enabled (dev and test
     * profiles); else no gateway (commands are dead-lettered, see the README). The simulated gateway
     * is never a silent production default: anyone who opens its pay page can mark a link paid.
     */
    @Produces
    @Singleton
    PaymentGateway gateway(@ConfigProperty(name = "concierge.payments.razorpay.key-id") Optional<String> keyId,
            @ConfigProperty(name = "concierge.payments.razorpay.key-secret") Optional<String> keySecret,
            @ConfigProperty(name = "concierge.payments.razorpay.base-url") Optional<URI> baseUrl,
            @ConfigProperty(name = "concierge.payments.razorpay.timeout") Duration timeout,
            SimulatedSettings simulated, MongoDatabase database, Clock clock) {
        if (keyId.isPresent() && keySecret.isPresent()) {
            LOG.infof("payment gateway: razorpay (key %s, API at %s)", keyId.get(),
                    baseUrl.map(URI::toString).orElse("https://api.razorpay.com"));
            return new RazorpayGateway(keyId.get(), keySecret.get(), baseUrl, timeout);
        }
        if (simulated.enabled()) {
            LOG.infof("payment gateway: simulated (no RAZORPAY_KEY_ID/RAZORPAY_KEY_SECRET): pay pages at %s/pay/{linkId}, "
                    + "webhooks signed with RAZORPAY_WEBHOOK_SECRET to %s", simulated.publicBaseUrl(), simulated.webhookUrl());
            return new SimulatedGateway(new MongoSimulatedLinks(database),
                    new WebhookSender(simulated.webhookUrl(), simulated.webhookSecret().orElseThrow(() -> new IllegalStateException(
                            "the simulated payment gateway signs webhooks with RAZORPAY_WEBHOOK_SECRET, which is not set")),
                            simulated.timeout()),
                    simulated.publicBaseUrl(), clock);
        }
        LOG.warn("payment gateway: none (RAZORPAY_KEY_ID/RAZORPAY_KEY_SECRET are not set, the simulated gateway is "
                + "disabled); payment commands are dead-lettered to payments.commands.dlq with reason no-gateway-configured");
        return new NoGateway();
    }

    @Produces
    @Singleton
    PaymentEventsOut paymentEvents(Producer<String, byte[]> producer, EventCodec codec, Clock clock) {
        return new KafkaPaymentEvents(producer, codec, clock, Topics.PAYMENTS_EVENTS);
    }

    @Produces
    @Singleton
    Links links(MongoDatabase database) {
        return new MongoLinks(database);
    }

    @Produces
    @Singleton
    CustomerContacts customerContacts(MongoDatabase database) {
        return new MongoCustomerContacts(database);
    }

    @Produces
    @Singleton
    Refunds refunds(MongoDatabase database, Clock clock, Links links) {
        return new Refunds(claims(database, clock), capturedPayments(database), links);
    }

    @Produces
    @Singleton
    PaymentCommandHandler commandHandler(PaymentGateway gateway, Links links, CustomerContacts contacts, Refunds refunds) {
        return new PaymentCommandHandler(gateway, links, contacts, refunds);
    }

    @Produces
    @Singleton
    WebhookIntake webhookIntake(MongoDatabase database, Clock clock, Links links, Refunds refunds, Receipts receipts,
            PaymentEventsOut out) {
        WebhookHandler handler = new WebhookHandler(links, claims(database, clock), capturedPayments(database), refunds,
                receipts);
        return new WebhookIntake(handler, new MongoProcessedWebhooks(database, clock), out);
    }

    /** Reconciliation feeds what it finds through the webhooks' intake: the same de-duplication decides. */
    @Produces
    @Singleton
    Reconciliation reconciliation(PaymentGateway gateway, Links links, WebhookIntake intake) {
        return new Reconciliation(gateway, links, intake);
    }

    @Produces
    @Singleton
    ReceiptStore receiptStore(MongoDatabase database) {
        return new MongoReceipts(database);
    }

    /** Receipt links are signed with RECEIPT_LINK_KEY, which production must set: a guessable key would open every receipt. */
    @Produces
    @Singleton
    ReceiptLinks receiptLinks(ReceiptSettings settings) {
        String key = settings.linkKey().orElseThrow(() -> new IllegalStateException(
                "receipt links are signed with RECEIPT_LINK_KEY (base64 of at least 32 random bytes), which is not set"));
        return new ReceiptLinks(key, settings.publicBaseUrl());
    }

    @Produces
    @Singleton
    Receipts receipts(ReceiptStore store, ReceiptLinks links, ReceiptSettings settings, Clock clock) {
        return new ReceiptBook(store, links, settings.linkValidity(), clock);
    }

    private static Claims claims(MongoDatabase database, Clock clock) {
        return new MongoClaims(database, clock);
    }

    private static CapturedPayments capturedPayments(MongoDatabase database) {
        return new MongoCapturedPayments(database);
    }
}
