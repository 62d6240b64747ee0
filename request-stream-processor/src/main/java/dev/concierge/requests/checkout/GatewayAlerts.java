package dev.concierge.requests.checkout;

import dev.concierge.requests.lifecycle.Amounts;
import dev.concierge.requests.lifecycle.Changes;
import dev.concierge.requests.lifecycle.Decision;
import dev.concierge.requests.lifecycle.Flags;
import dev.concierge.requests.lifecycle.Input;
import dev.concierge.schemas.requests.RequestEvent;
import dev.concierge.schemas.requests.RequestSnapshot;
import java.util.Map;

/**
 * What the gateway reports that needs a person or only a record: a cancelled link, a payment of the
 * wrong amount, a refused command. None of them moves the request, except a refused link creation
 * (back to QUOTED, see {@code Evolution}). Each is recorded once: a redelivered report finds its flag.
 */
public final class GatewayAlerts {

    public Decision linkCancelled(Input.PaymentLinkCancelled cancelled, Changes changes) {
        RequestSnapshot s = changes.state().snapshot();
        if (s.paymentLink() == null || !s.paymentLink().linkId().equals(cancelled.linkId())) {
            return new Decision.Ignored("link " + cancelled.linkId() + " is not the link of this request");
        }
        if (s.flags().contains(Flags.PAYMENT_LINK_CANCELLED)) {
            return new Decision.Ignored("link " + cancelled.linkId() + " was already recorded as cancelled");
        }
        changes.fact(new RequestEvent.PaymentLinkCancelled(s.requestId(), cancelled.linkId()));
        return changes.accept();
    }

    /** Not a capture: the money sits at the gateway until an admin refunds or accepts it. */
    public Decision amountMismatch(Input.PaymentAmountMismatch mismatch, Changes changes) {
        RequestSnapshot s = changes.state().snapshot();
        if (s.flags().contains(Flags.AMOUNT_MISMATCH + mismatch.paymentId())) {
            return new Decision.Ignored("payment " + mismatch.paymentId() + " was already reported");
        }
        changes.fact(new RequestEvent.PaymentAmountMismatch(s.requestId(), mismatch.linkId(), mismatch.paymentId(),
                        mismatch.expected(), mismatch.paid()))
                .notifyAdmins("admin.payment-amount-mismatch", Map.of("requestId", s.requestId(),
                        "paymentId", mismatch.paymentId(), "expected", Amounts.format(mismatch.expected()),
                        "paid", Amounts.format(mismatch.paid())));
        return changes.accept();
    }

    /** The agent talks to the customer, admins see the gateway's words; a retry would only be refused again. */
    public Decision commandRejected(Input.PaymentCommandRejected rejected, Changes changes) {
        RequestSnapshot s = changes.state().snapshot();
        if (s.flags().contains(Flags.PAYMENT_COMMAND_REJECTED + rejected.command())) {
            return new Decision.Ignored("the gateway's refusal of " + rejected.command() + " was already recorded");
        }
        Map<String, String> variables = Map.of("requestId", s.requestId(), "command", rejected.command(),
                "reason", rejected.reason());
        changes.fact(new RequestEvent.PaymentCommandRejected(s.requestId(), rejected.command(), rejected.reason()))
                .notifyAdmins("staff.payment-command-rejected", variables)
                .notifyAgent("staff.payment-command-rejected", variables);
        return changes.accept();
    }
}
