package dev.concierge.payments.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concierge.payments.razorpay.RazorpayGateway;
import dev.concierge.payments.support.RazorpayApiFake;
import dev.concierge.schemas.common.Money;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;

/** The real Razorpay SDK, through the base-URL seam, against the local fake of the Razorpay API. */
class RazorpayGatewayTest {

    private final RazorpayApiFake fake = RazorpayApiFake.shared();
    private final PaymentGateway gateway = new RazorpayGateway(RazorpayApiFake.KEY_ID, RazorpayApiFake.KEY_SECRET,
            Optional.of(fake.baseUri()), Duration.ofSeconds(3));

    @Test
    void creates_a_link_in_paise_with_currency_reference_notes_contact_and_razorpays_notifications_off() {
        // given
        String reference = unique("req") + "-1";
        Instant expiry = Instant.now().plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);

        // when
        GatewayLink link = gateway.createLink(new LinkRequest(reference, Money.inr(5_700), "Dolo 650 and delivery",
                "+919800000001", "asha@example.in", expiry, "req_1", "quo_1"));

        // then the SDK posted what Razorpay needs, with Basic auth of our key
        JSONObject sent = fake.linkCreations(reference).get(0).body();
        assertThat(sent.getLong("amount")).isEqualTo(5_700);
        assertThat(sent.getString("currency")).isEqualTo("INR");
        assertThat(sent.getString("reference_id")).isEqualTo(reference);
        assertThat(sent.getLong("expire_by")).isEqualTo(expiry.getEpochSecond());
        assertThat(sent.getJSONObject("customer").getString("contact")).isEqualTo("+919800000001");
        assertThat(sent.getJSONObject("customer").getString("email")).isEqualTo("asha@example.in");
        assertThat(sent.getJSONObject("notify").getBoolean("sms")).isFalse();
        assertThat(sent.getJSONObject("notify").getBoolean("email")).isFalse();
        assertThat(sent.getJSONObject("notes").getString("requestId")).isEqualTo("req_1");
        assertThat(sent.getJSONObject("notes").getString("quoteId")).isEqualTo("quo_1");
        assertThat(fake.linkCreations(reference).get(0).authorization()).isEqualTo("Basic " + Base64.getEncoder()
                .encodeToString((RazorpayApiFake.KEY_ID + ":" + RazorpayApiFake.KEY_SECRET).getBytes(StandardCharsets.UTF_8)));
        // and read the answer
        assertThat(link.id()).startsWith("plink_");
        assertThat(link.url()).startsWith("https://rzp.io/i/");
        assertThat(link.amountMinor()).isEqualTo(5_700);
        assertThat(link.referenceId()).isEqualTo(reference);
        assertThat(link.expiresAt()).isEqualTo(expiry);
        assertThat(gateway.findLink(reference)).contains(link);
    }

    @Test
    void cancels_a_link_and_a_second_cancel_is_the_gateways_refusal() {
        // given
        GatewayLink link = gateway.createLink(request(unique("req") + "-1", 5_700));

        // when
        GatewayLink cancelled = gateway.cancelLink(link.id());

        // then
        assertThat(cancelled.cancelled()).isTrue();
        assertThat(fake.calls("POST", "/v1/payment_links/" + link.id() + "/cancel")).hasSize(1);
        assertThatThrownBy(() -> gateway.cancelLink(link.id()))
                .isInstanceOf(GatewayRejectedException.class)
                .hasMessageContaining("BAD_REQUEST_ERROR").hasMessageContaining("cancelled");
    }

    @Test
    void refunds_part_of_a_payment_with_its_receipt_and_finds_the_refund_by_that_receipt() {
        // given a captured payment of ₹57
        String paymentId = unique("pay");
        fake.paymentCaptured(paymentId, 5_700);
        String receipt = UUID.randomUUID().toString();

        // when
        GatewayRefund refund = gateway.refund(paymentId, Money.inr(2_500), receipt, "req_1");

        // then
        JSONObject sent = fake.calls("POST", "/v1/payments/" + paymentId + "/refund").get(0).body();
        assertThat(sent.getLong("amount")).isEqualTo(2_500);
        assertThat(sent.getString("receipt")).isEqualTo(receipt);
        assertThat(refund.id()).startsWith("rfnd_");
        assertThat(refund.amountMinor()).isEqualTo(2_500);
        assertThat(refund.processed()).isTrue();
        assertThat(gateway.findRefund(paymentId, receipt)).contains(refund);
        assertThat(gateway.findRefund(paymentId, "another receipt")).isEmpty();
    }

    @Test
    void a_4xx_is_a_rejection_with_the_gateways_message() {
        assertThatThrownBy(() -> gateway.createLink(request(unique("req") + "-1", 50)))
                .isInstanceOf(GatewayRejectedException.class)
                .hasMessage("BAD_REQUEST_ERROR:The amount must be atleast INR 1.00");
    }

    @Test
    void a_5xx_is_unavailability_worth_a_retry() {
        // given Razorpay answers the next call with 503
        fake.failNext(1);

        // then
        assertThatThrownBy(() -> gateway.createLink(request(unique("req") + "-1", 5_700)))
                .isInstanceOf(GatewayUnavailableException.class)
                .hasMessageContaining("503");
    }

    private static LinkRequest request(String reference, long paise) {
        return new LinkRequest(reference, Money.inr(paise), "an item", null, null, null, "req_1", "quo_1");
    }

    private static String unique(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }
}
