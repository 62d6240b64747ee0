package dev.concierge.payments.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import dev.concierge.payments.application.CapturedPayments;
import dev.concierge.payments.application.Claims;
import dev.concierge.payments.application.KnownLink;
import dev.concierge.payments.application.Links;
import dev.concierge.payments.application.Refunds;
import dev.concierge.payments.application.WebhookHandler;
import dev.concierge.payments.application.WebhookIntake;
import dev.concierge.payments.ledger.Split;
import dev.concierge.payments.messaging.KafkaPaymentEvents;
import dev.concierge.payments.razorpay.RazorpayWebhookParser;
import dev.concierge.payments.receipts.ReceiptBook;
import dev.concierge.payments.support.Checkouts;
import dev.concierge.payments.support.PaymentTopics;
import dev.concierge.payments.support.RazorpayWebhooks;
import dev.concierge.payments.support.ReceiptKeys;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.envelope.EventCodec;
import dev.concierge.schemas.payments.PaymentEvent.PaymentCaptured;
import dev.concierge.testkit.TestInfra;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * The de-duplication state lives in MongoDB, not in the worker: a second worker, with nothing in
 * memory from the first (a restart), still recognises the webhook and the payment. Real MongoDB-wire
 * server and broker from the test kit.
 */
class RestartSurvivalTest {

    private final String database = TestInfra.uniqueName("payments_restart");
    private final Clock clock = Clock.systemUTC();
    private final PaymentTopics topics = new PaymentTopics();

    @Test
    void a_webhook_and_a_second_report_of_its_payment_after_a_restart_add_no_second_capture() {
        // given a link the worker created, and its payment_link.paid webhook
        TestInfra.createCatalogTopics();
        String requestId = Checkouts.newRequestId();
        String paymentId = "pay_" + UUID.randomUUID().toString().replace("-", "").substring(0, 14);
        var paid = RazorpayWebhooks.linkPaid("evt_" + paymentId, "plink_r1", "order_r1", paymentId, 5_700, null);
        try (Producer<String, byte[]> producer = producer()) {
            KafkaPaymentEvents events = new KafkaPaymentEvents(producer, EventCodec.standard(), clock, Topics.PAYMENTS_EVENTS);
            try (MongoClient first = MongoClients.create(TestInfra.mongoUri())) {
                new MongoLinks(first.getDatabase(database)).remember(new KnownLink("plink_r1", requestId, "quo_1", 1,
                        "r1-1", "order_r1", Checkouts.TOTAL, new Split("cus_1", Checkouts.TOTAL, Checkouts.ITEM_PRICE,
                                Checkouts.DELIVERY_FEE, Checkouts.STORE_ID)));
                // when the first worker processes it
                worker(first.getDatabase(database), events).receive(RazorpayWebhookParser.parse(paid));
            }

            // and a restarted worker gets it again, and the payment's own payment.captured
            try (MongoClient restarted = MongoClients.create(TestInfra.mongoUri())) {
                WebhookIntake worker = worker(restarted.getDatabase(database), events);
                worker.receive(RazorpayWebhookParser.parse(paid));
                worker.receive(RazorpayWebhookParser.parse(
                        RazorpayWebhooks.paymentCaptured("evt_other_" + paymentId, "order_r1", paymentId, 5_700, null)));
            }
        }

        // then payments.events holds one capture, and the database one receipt for it
        assertThat(topics.eventsOf(requestId, PaymentCaptured.class)).singleElement()
                .extracting(PaymentCaptured::paymentId).isEqualTo(paymentId);
        try (MongoClient client = MongoClients.create(TestInfra.mongoUri())) {
            assertThat(client.getDatabase(database).getCollection("receipts").countDocuments()).isEqualTo(1);
        }
    }

    /** A worker's webhook path with nothing carried over but the database. */
    private WebhookIntake worker(MongoDatabase db, KafkaPaymentEvents events) {
        Links links = new MongoLinks(db);
        Claims claims = new MongoClaims(db, clock);
        CapturedPayments payments = new MongoCapturedPayments(db);
        ReceiptBook receipts = new ReceiptBook(new MongoReceipts(db), ReceiptKeys.links(), Duration.ofDays(30), clock);
        WebhookHandler handler = new WebhookHandler(links, claims, payments, new Refunds(claims, payments, links), receipts);
        return new WebhookIntake(handler, new MongoProcessedWebhooks(db, clock), events);
    }

    private static Producer<String, byte[]> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfra.kafkaBootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName()));
    }
}
