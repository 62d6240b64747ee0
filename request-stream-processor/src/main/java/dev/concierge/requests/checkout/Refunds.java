package dev.concierge.requests.checkout;

import dev.concierge.requests.lifecycle.Amounts;
import dev.concierge.requests.lifecycle.Changes;
import dev.concierge.requests.lifecycle.Decision;
import dev.concierge.requests.lifecycle.Flags;
import dev.concierge.requests.lifecycle.Input;
import dev.concierge.requests.lifecycle.Outbound;
import dev.concierge.schemas.common.Money;
import dev.concierge.schemas.common.RequestStatus;
import dev.concierge.schemas.requests.RequestCommand.RequestRefund;
import dev.concierge.schemas.requests.RequestEvent;
import dev.concierge.schemas.requests.RequestEvent.RefundRequested;
import dev.concierge.schemas.requests.RequestEvent.Refunded;
import dev.concierge.schemas.requests.RequestSnapshot;
import java.util.Map;

/** Giving money back: asking the gateway, its answer, and an admin's retry of a refund it failed. */
public final class Refunds {

    private static final String ADMIN = "admin";

    /**
     * A refund of a paid request; in REFUND_PENDING only the retry of a refund the gateway failed, by an
     * admin. The retry is a new fact, so its RefundPayment gets a new command id and the payment worker
     * makes a new attempt instead of finding the failed one.
     */
    public Decision requestRefund(Input.Command input, Changes changes) {
        RequestRefund c = (RequestRefund) input.command();
        RequestSnapshot s = changes.state().snapshot();
        boolean retry = s.status() == RequestStatus.REFUND_PENDING;
        if (retry && !s.flags().contains(Flags.REFUND_FAILED)) {
            return new Decision.Rejected("a refund is already in progress; only a refund the gateway failed can be retried");
        }
        if (retry && !ADMIN.equals(c.issuedBy().role())) {
            return new Decision.Rejected("only an admin can retry a failed refund");
        }
        RequestSnapshot.Payment paid = s.payment();
        Money failed = changes.state().failedRefund();
        Money amount = c.amount() != null ? c.amount() : retry && failed != null ? failed : paid.amount();
        if (amount.amountMinor() == 0) {
            return new Decision.Rejected("a refund needs an amount above zero");
        }
        if (!amount.currency().equals(paid.amount().currency()) || amount.amountMinor() > paid.amount().amountMinor()) {
            return new Decision.Rejected("a refund of " + Amounts.format(amount) + " exceeds the payment of "
                    + Amounts.format(paid.amount()));
        }
        if (retry) {
            // the customer was told when the refund started and never heard of the failure
            changes.fact(new RefundRequested(s.requestId(), paid.paymentId(), amount, c.reason()))
                    .send(new Outbound.RefundPayment(s.requestId(), paid.paymentId(), amount, c.reason()));
            return changes.accept();
        }
        return start(changes, paid.paymentId(), amount, c.reason());
    }

    /** The gateway gave up: the request stays REFUND_PENDING, flagged, and admins are asked to act (once). */
    public Decision failed(Input.RefundFailed failure, Changes changes) {
        RequestSnapshot s = changes.state().snapshot();
        if (s.flags().contains(Flags.REFUND_FAILED)) {
            return new Decision.Ignored("the failed refund is already waiting for an admin");
        }
        if (!failure.paymentId().equals(s.payment().paymentId())) {
            return new Decision.Ignored("payment " + failure.paymentId() + " is not the payment of this request");
        }
        changes.fact(new RequestEvent.RefundFailed(s.requestId(), failure.paymentId(), failure.amount(), failure.reason()))
                .notifyAdmins("admin.refund-failed", Map.of("requestId", s.requestId(),
                        "amount", Amounts.format(failure.amount()), "reason", failure.reason()));
        return changes.accept();
    }

    public Decision refunded(Input.RefundProcessed refund, Changes changes) {
        changes.fact(new Refunded(changes.requestId(), refund.refundId(), refund.amount()))
                .notifyCustomer("request.refunded", Map.of("amount", Amounts.format(refund.amount())));
        return changes.accept();
    }

    /** Asks the gateway for the money back and tells the customer it is on its way. */
    Decision start(Changes changes, String paymentId, Money amount, String reason) {
        changes.fact(new RefundRequested(changes.requestId(), paymentId, amount, reason))
                .send(new Outbound.RefundPayment(changes.requestId(), paymentId, amount, reason))
                .notifyCustomer("request.refund-started", Map.of("amount", Amounts.format(amount), "reason", reason));
        return changes.accept();
    }
}
