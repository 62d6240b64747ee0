package dev.concierge.payments.simulated;

import dev.concierge.payments.simulated.WebhookSender.Delivery;
import dev.concierge.schemas.common.Money;
import io.quarkus.qute.TemplateData;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** What the pay page shows: the link, its state now, and after a click what happened and what the webhook receiver said. */
@TemplateData
public record PayPageView(String linkId, String amount, String description, String status, boolean payable,
        String paymentId, String message, List<DeliveryLine> deliveries) {

    @TemplateData
    public record DeliveryLine(String event, boolean accepted, String answer) {

        static DeliveryLine of(Delivery delivery) {
            String answer = delivery.status() > 0 ? "HTTP " + delivery.status() : "not delivered";
            return new DeliveryLine(delivery.event(), delivery.accepted(),
                    delivery.problem() != null ? answer + ": " + delivery.problem() : answer);
        }
    }

    static PayPageView of(SimulatedLink link, Instant now) {
        String status = link.statusAt(now);
        return new PayPageView(link.id(), rupees(link.amount()), link.description(), status,
                SimulatedLink.CREATED.equals(status), link.paymentId(), null, List.of());
    }

    static PayPageView after(Checkout.Outcome outcome, Instant now) {
        PayPageView page = of(outcome.link(), now);
        return new PayPageView(page.linkId(), page.amount(), page.description(), page.status(), page.payable(),
                page.paymentId(), outcome.message(), outcome.deliveries().stream().map(DeliveryLine::of).toList());
    }

    /** Amounts travel in paise; people read rupees (other currencies keep their code). */
    static String rupees(Money money) {
        String major = BigDecimal.valueOf(money.amountMinor(), 2).toPlainString();
        return "INR".equals(money.currency()) ? "₹" + major : money.currency() + " " + major;
    }
}
