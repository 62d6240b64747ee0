package dev.concierge.requests.streams;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.requests.lifecycle.Input;
import dev.concierge.requests.lifecycle.InputKind;
import dev.concierge.schemas.common.Money;
import dev.concierge.schemas.fixtures.SampleEvents;
import dev.concierge.schemas.payments.PaymentEvent;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InputMappingTest {

    @Test
    void every_payment_event_of_the_catalog_but_ledger_lines_becomes_an_input_of_the_lifecycle() {
        // a payment fact the lifecycle does not know would otherwise be dropped, or dead-lettered as unmapped
        SampleEvents.oneOfEachType().stream()
                .filter(PaymentEvent.class::isInstance)
                .map(PaymentEvent.class::cast)
                .forEach(event -> assertThat(InputMapping.payment(event))
                        .as(event.getClass().getSimpleName())
                        .matches(input -> input.isPresent() != event instanceof PaymentEvent.LedgerEntryRecorded));
    }

    @Test
    void the_gateways_alerts_and_answers_keep_what_the_request_acts_on() {
        assertThat(InputMapping.payment(new PaymentEvent.RefundFailed("req-1", "pay_1", null, Money.inr(500),
                "BAD_REQUEST_ERROR:declined")))
                .contains(new Input.RefundFailed("pay_1", Money.inr(500), "BAD_REQUEST_ERROR:declined"));
        assertThat(InputMapping.payment(new PaymentEvent.PaymentCommandRejected("req-1", "CancelPaymentLink",
                "BAD_REQUEST_ERROR:already paid")))
                .contains(new Input.PaymentCommandRejected("CancelPaymentLink", "BAD_REQUEST_ERROR:already paid"));
        assertThat(InputMapping.payment(new PaymentEvent.PaymentAmountMismatch("req-1", "plink_1", "pay_1",
                Money.inr(500), Money.inr(50))).map(Input::kind)).contains(InputKind.PAYMENT_AMOUNT_MISMATCH);
        assertThat(InputMapping.payment(new PaymentEvent.PaymentLinkCancelled("req-1", "plink_1")))
                .contains(new Input.PaymentLinkCancelled("plink_1"));
    }

    @Test
    void a_capture_carries_its_receipt_link_when_the_payment_worker_made_one() {
        Optional<Input> withReceipt = InputMapping.payment(new PaymentEvent.PaymentCaptured("req-1", "plink_1", "pay_1",
                Money.inr(500), "upi", Instant.EPOCH, "https://pay.local/v1/receipts/pay_1?sig=abc"));
        Optional<Input> without = InputMapping.payment(new PaymentEvent.PaymentCaptured("req-1", "plink_1", "pay_1",
                Money.inr(500), "upi", Instant.EPOCH));

        assertThat(withReceipt).contains(new Input.PaymentCaptured("pay_1", Money.inr(500),
                "https://pay.local/v1/receipts/pay_1?sig=abc"));
        assertThat(without).contains(new Input.PaymentCaptured("pay_1", Money.inr(500), null));
    }
}
