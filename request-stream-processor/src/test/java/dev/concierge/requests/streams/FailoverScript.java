package dev.concierge.requests.streams;

import dev.concierge.requests.lifecycle.Journey;
import dev.concierge.schemas.catalog.Topic;
import dev.concierge.schemas.common.FulfilmentStage;
import dev.concierge.schemas.common.Money;
import dev.concierge.schemas.common.RequestStatus;
import dev.concierge.schemas.payments.PaymentEvent;
import dev.concierge.schemas.requests.RequestCommand;
import dev.concierge.schemas.requests.RequestSnapshot;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The same traffic for one instance (the test driver) and for two instances on a broker: many
 * requests moved in waves; even ones end DELIVERED, odd ones are cancelled after payment and REFUNDED.
 */
final class FailoverScript {

    /** Where the script sends records and how it reads a request's latest snapshot. */
    interface Target {
        void send(Topic<?> topic, String key, Object data);

        Map<String, RequestSnapshot> latest();

        /** Blocks until every request fits; the test driver never needs to wait. */
        void awaitAll(String what, List<String> ids, Predicate<RequestSnapshot> condition) throws InterruptedException;
    }

    private FailoverScript() {
    }

    static void run(Target target, RequestTopics t, List<String> ids, Runnable midway) throws InterruptedException {

        target.send(t.storesEvents(), "store-1", Fixtures.cornerShop());
        ids.forEach(id -> target.send(t.commands(), id, Fixtures.create(id)));
        ids.forEach(id -> target.send(t.enrichmentResults(), id, Fixtures.understood(id)));
        midway.run();
        target.awaitAll("sourcing", ids, s -> s.status() == RequestStatus.SOURCING);
        ids.forEach(id -> target.send(t.commands(), id, new RequestCommand.SendQuote(id, "store-1", Money.inr(45_000),
                Money.inr(4_000), null, null, Journey.OPS)));
        target.awaitAll("quoted", ids, s -> s.status() == RequestStatus.QUOTED);
        Map<String, RequestSnapshot> quoted = target.latest();
        ids.forEach(id -> target.send(t.commands(), id, new RequestCommand.AcceptQuote(id,
                quoted.get(id).quote().quoteId(), Journey.CUSTOMER)));
        target.awaitAll("awaiting payment", ids, s -> s.status() == RequestStatus.AWAITING_PAYMENT);
        ids.forEach(id -> {
            target.send(t.paymentEvents(), id, new PaymentEvent.PaymentLinkCreated(id, "q", "plink_" + id,
                    "http://127.0.0.1:8084/pay/plink_" + id, Money.inr(49_000), null));
            target.send(t.paymentEvents(), id, new PaymentEvent.PaymentCaptured(id, "plink_" + id, "pay_" + id,
                    Money.inr(49_000), "upi", Journey.T0));
        });
        target.awaitAll("paid", ids, s -> s.status() == RequestStatus.PAID);
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (i % 2 == 0) {
                target.send(t.commands(), id, new RequestCommand.UpdateFulfilment(id, FulfilmentStage.PICKED_UP, "Ravi",
                        null, null, null, Journey.OPS));
                target.send(t.commands(), id, new RequestCommand.UpdateFulfilment(id, FulfilmentStage.DELIVERED, null,
                        null, null, null, Journey.OPS));
            } else {
                target.send(t.commands(), id, new RequestCommand.CancelRequest(id, "ordered twice", Journey.CUSTOMER));
            }
        }
        List<String> cancelled = ids.stream().filter(id -> ids.indexOf(id) % 2 == 1).toList();
        target.awaitAll("refund pending", cancelled, s -> s.status() == RequestStatus.REFUND_PENDING);
        cancelled.forEach(id -> target.send(t.paymentEvents(), id, new PaymentEvent.RefundProcessed(id, "pay_" + id,
                "rfnd_" + id, Money.inr(49_000))));
        target.awaitAll("closed", ids, s -> !s.status().isOpen());
    }

}
