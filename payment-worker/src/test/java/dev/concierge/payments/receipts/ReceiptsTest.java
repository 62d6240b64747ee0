package dev.concierge.payments.receipts;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.concierge.payments.support.Checkouts;
import dev.concierge.payments.support.GatewayTest;
import dev.concierge.payments.support.PaymentTopics;
import dev.concierge.payments.support.RazorpayFakeResource;
import dev.concierge.payments.support.RazorpayWebhooks;
import dev.concierge.payments.support.ReceiptKeys;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.payments.PaymentEvent.PaymentCaptured;
import dev.concierge.testkit.ConciergeTestResource;
import dev.concierge.testkit.auth.JwtKeysResource;
import dev.concierge.testkit.auth.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Acceptance 6: every capture gets a PDF receipt, served to the customer who paid and to staff (the
 * ingest API's JWTs), or to anyone holding the signed link that PaymentCaptured carries.
 */
@QuarkusTest
@WithTestResource(ConciergeTestResource.class)
@WithTestResource(RazorpayFakeResource.class)
@WithTestResource(JwtKeysResource.class)
class ReceiptsTest extends GatewayTest {

    @Test
    void the_receipt_pdf_names_the_request_the_amount_the_payment_and_the_split() throws IOException {
        // given a captured payment of customer cus_a
        Paid paid = capture("cus_" + UUID.randomUUID());

        // when the customer asks for the receipt with their token
        Response answer = given().auth().oauth2(TestTokens.customer(paid.customerId()))
                .when().get("/v1/receipts/" + paid.paymentId());

        // then it is a PDF whose text names the request, the amount, the payment and what the money is for
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.contentType()).isEqualTo("application/pdf");
        String text = textOf(answer.asByteArray());
        assertThat(text).contains(paid.requestId()).contains(paid.paymentId()).contains("INR 57.00")
                .contains(paid.linkId()).contains("upi").contains("INR 32.00").contains("INR 25.00")
                .contains(Checkouts.STORE_ID).contains("2025-11-30 10:58:20 UTC");
    }

    @Test
    void staff_may_read_every_receipt() {
        Paid paid = capture("cus_" + UUID.randomUUID());

        given().auth().oauth2(TestTokens.admin()).when().get("/v1/receipts/" + paid.paymentId())
                .then().statusCode(200).contentType("application/pdf");
        given().auth().oauth2(TestTokens.agent()).when().get("/v1/receipts/" + paid.paymentId())
                .then().statusCode(200).contentType("application/pdf");
    }

    @Test
    void another_customer_gets_404_as_for_a_payment_without_a_receipt() {
        // given a payment of one customer
        Paid paid = capture("cus_" + UUID.randomUUID());

        // when another customer asks, and when they ask about a payment that does not exist
        String otherCustomer = TestTokens.customer("cus_" + UUID.randomUUID());
        Response theirs = given().auth().oauth2(otherCustomer).when().get("/v1/receipts/" + paid.paymentId());
        Response missing = given().auth().oauth2(otherCustomer).when().get("/v1/receipts/pay_doesnotexist000");

        // then both are the same problem+json 404: the answer does not tell that the payment exists
        assertThat(theirs.statusCode()).isEqualTo(404);
        assertThat(theirs.contentType()).isEqualTo("application/problem+json");
        assertThat(theirs.jsonPath().getString("type")).isEqualTo("/problems/not-found");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.jsonPath().getString("type")).isEqualTo(theirs.jsonPath().getString("type"));
    }

    @Test
    void without_a_valid_token_the_answer_is_401_problem_json() {
        Paid paid = capture("cus_" + UUID.randomUUID());

        for (String authorization : new String[] {null, "Bearer not-a-jwt", "Bearer " + TestTokens.foreignIssuer()}) {
            var request = given();
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            request.when().get("/v1/receipts/" + paid.paymentId()).then().statusCode(401)
                    .contentType("application/problem+json").header("WWW-Authenticate", "Bearer")
                    .body("type", equalTo("/problems/unauthenticated"));
        }
    }

    @Test
    void the_signed_link_on_payment_captured_opens_the_receipt_without_a_token() throws IOException {
        // given the link the capture carried
        Paid paid = capture("cus_" + UUID.randomUUID());
        URI link = URI.create(paid.receiptUrl());

        // when fetched (here at the test's port; the link's base is PAYMENTS_PUBLIC_URL)
        Response answer = given().when().get(link.getRawPath() + "?" + link.getRawQuery());

        // then
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(textOf(answer.asByteArray())).contains(paid.paymentId());
        assertThat(link.getScheme() + "://" + link.getAuthority()).isEqualTo("http://127.0.0.1:8084");
    }

    @Test
    void a_tampered_or_expired_signed_link_is_403_naming_the_signature() {
        Paid paid = capture("cus_" + UUID.randomUUID());
        URI link = URI.create(paid.receiptUrl());
        URI expired = URI.create(ReceiptKeys.links().url(paid.paymentId(), Instant.now().minusSeconds(5)));
        URI forAnotherPayment = URI.create(ReceiptKeys.links().url("pay_someoneelse0001", Instant.now().plusSeconds(600)));
        String otherSignature = forAnotherPayment.getRawQuery().replaceAll(".*signature=", "");

        for (String query : new String[] {
                link.getRawQuery().replaceAll("expires=[0-9]+", "expires=9999999999"), // a longer life than signed
                link.getRawQuery().replaceAll("signature=.*", "signature=" + otherSignature), // another payment's
                expired.getRawQuery(), // correctly signed, but past its expiry
                "expires=abc&signature=x"}) {
            given().when().get("/v1/receipts/" + paid.paymentId() + "?" + query).then().statusCode(403)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("signature"));
        }
    }

    private record Paid(String requestId, String customerId, String linkId, String paymentId, String receiptUrl) {
    }

    /** A link of this customer, paid by webhook, and the capture the worker made of it. */
    private Paid capture(String customerId) {
        String requestId = Checkouts.newRequestId();
        String linkId = checkouts.linkFor(requestId, customerId).linkId();
        String paymentId = newId("pay");
        topics.publish(Topics.PAYMENTS_WEBHOOKS, linkId, RazorpayWebhooks.linkPaid("evt_" + paymentId, linkId,
                razorpay.orderOf(linkId), paymentId, 5_700, 134L));
        PaymentCaptured captured = (PaymentCaptured) topics.awaitEvents(requestId, PaymentTopics.has(PaymentCaptured.class))
                .stream().filter(PaymentCaptured.class::isInstance).findFirst().orElseThrow();
        return new Paid(requestId, customerId, linkId, paymentId, captured.receiptUrl());
    }

    private static String textOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
