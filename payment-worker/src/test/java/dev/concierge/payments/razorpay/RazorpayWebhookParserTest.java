package dev.concierge.payments.razorpay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concierge.payments.application.GatewayNotice;
import dev.concierge.payments.application.GatewayNotice.Kind;
import dev.concierge.payments.application.MalformedWebhookException;
import dev.concierge.payments.support.RazorpayWebhooks;
import dev.concierge.schemas.common.Money;
import dev.concierge.schemas.payments.PaymentWebhook.RazorpayWebhookReceived;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RazorpayWebhookParserTest {

    @Test
    void a_paid_link_names_link_order_payment_amount_fee_and_method() {
        // when
        GatewayNotice notice = RazorpayWebhookParser.parse(
                RazorpayWebhooks.linkPaid("evt_1", "plink_1", "order_1", "pay_1", 5_700, 134L));

        // then
        assertThat(notice).isEqualTo(new GatewayNotice("evt_1", Kind.PAID, null, "plink_1", "order_1", "pay_1", null,
                Money.inr(5_700), Money.inr(134), "upi", null, Instant.ofEpochSecond(1_764_500_300L)));
    }

    @Test
    void a_payment_failure_carries_the_banks_words() {
        GatewayNotice notice = RazorpayWebhookParser.parse(RazorpayWebhooks.paymentFailed("evt_2", "order_1", "pay_2", 5_700));

        assertThat(notice.kind()).isEqualTo(Kind.FAILED);
        assertThat(notice.linkId()).isNull();
        assertThat(notice.orderId()).isEqualTo("order_1");
        assertThat(notice.reason()).isEqualTo("Payment was declined by the bank");
    }

    @Test
    void an_event_the_worker_does_not_act_on_is_read_as_such_without_parsing_its_payload() {
        GatewayNotice notice = RazorpayWebhookParser.parse(
                new RazorpayWebhookReceived("evt_3", "payment.authorized", "pay_3", "not even json", Instant.EPOCH));

        assertThat(notice.kind()).isEqualTo(Kind.NOT_ACTED_ON);
    }

    @Test
    void a_payload_without_what_its_event_carries_is_malformed() {
        RazorpayWebhookReceived noPayment = new RazorpayWebhookReceived("evt_4", "payment.captured", "pay_4",
                "{\"event\":\"payment.captured\",\"payload\":{}}", Instant.EPOCH);

        assertThatThrownBy(() -> RazorpayWebhookParser.parse(noPayment))
                .isInstanceOf(MalformedWebhookException.class)
                .hasMessageContaining("payment.captured").hasMessageContaining("evt_4");
    }
}
