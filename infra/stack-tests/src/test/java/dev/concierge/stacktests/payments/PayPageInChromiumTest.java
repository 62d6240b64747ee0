package dev.concierge.stacktests.payments;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.schemas.common.Money;
import dev.concierge.schemas.common.RequestStatus;
import dev.concierge.schemas.payments.PaymentEvent;
import dev.concierge.schemas.requests.RequestEvent;
import dev.concierge.schemas.requests.RequestSnapshot;
import dev.concierge.stacktests.browser.Browser;
import dev.concierge.stacktests.browser.BrowserExtension;
import dev.concierge.stacktests.journey.JourneyTest;
import dev.concierge.stacktests.journey.RequestJourney;
import dev.concierge.stacktests.journey.RequestJourney.AwaitingPayment;
import dev.concierge.stacktests.stack.StackTest;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Issue 12, acceptance 3: on the dev stack, the simulated gateway's pay page in a real headless Chromium.
 * Pay goes page → signed webhook → ingest-api's signature check → {@code payments.webhooks} →
 * payment-worker → {@code payments.events} → processor → PAID on {@code requests.state}.
 * Screenshots: {@code target/screenshots/PayPageInChromiumTest.<test>/}.
 */
@StackTest
@ExtendWith(BrowserExtension.class)
class PayPageInChromiumTest extends JourneyTest {

    /** Item ₹32 and delivery ₹25, as the journey quotes them. */
    private static final Money TOTAL = new Money(5700, "INR");

    @Test
    void clicking_pay_on_the_pay_page_makes_the_request_paid_on_requests_state(Browser browser) {
        // given a request waiting for payment, its link opened in the browser
        AwaitingPayment request = journey.requestAwaitingPayment();
        assertThat(request.link().amount()).isEqualTo(TOTAL);
        browser.open(URI.create(request.link().url()));
        browser.awaitText(By.id("status"), "created");
        browser.screenshot("pay-page");
        assertThat(browser.awaitVisible(By.id("amount")).getText()).isEqualTo("₹57.00");
        assertThat(browser.awaitVisible(By.id("description")).getText()).isEqualTo(request.description());

        // when the customer pays
        browser.clickAndAwaitNewPage(By.id("pay"));
        browser.awaitText(By.id("status"), "paid");
        browser.screenshot("paid");

        // then the capture reaches the processor and the request is PAID with that payment
        PaymentEvent.PaymentCaptured captured = (PaymentEvent.PaymentCaptured) journey.awaitPaymentEvent(
                "PaymentCaptured for " + request.requestId(), e -> e.subject().equals(request.requestId())
                        && e.data() instanceof PaymentEvent.PaymentCaptured).data();
        RequestSnapshot paid = journey.awaitState(request.requestId(), "PAID", s -> s.status() == RequestStatus.PAID);
        assertThat(paid.payment().paymentId()).isEqualTo(captured.paymentId());
        assertThat(paid.payment().amount()).isEqualTo(TOTAL);

        // and the link, opened again, is paid and offers no second payment
        browser.open(URI.create(request.link().url()));
        browser.awaitText(By.id("status"), "paid");
        assertThat(browser.findAll(By.id("pay"))).isEmpty();
        browser.screenshot("pay-page-after-payment");
    }

    @Test
    void clicking_fail_on_the_pay_page_records_a_failed_payment_and_the_request_still_awaits_payment(
            Browser browser) {
        // given a request waiting for payment, its link opened in the browser
        AwaitingPayment request = journey.requestAwaitingPayment();
        browser.open(URI.create(request.link().url()));
        browser.awaitText(By.id("status"), "created");
        browser.screenshot("pay-page");

        // when the customer's payment is declined
        browser.clickAndAwaitNewPage(By.id("fail"));
        browser.awaitVisible(By.id("message"));
        browser.screenshot("declined");

        // then payment-worker reports the failure and the processor has taken it in
        PaymentEvent.PaymentFailed failed = (PaymentEvent.PaymentFailed) journey.awaitPaymentEvent(
                "PaymentFailed for " + request.requestId(), e -> e.subject().equals(request.requestId())
                        && e.data() instanceof PaymentEvent.PaymentFailed).data();
        assertThat(failed.linkId()).isEqualTo(request.link().linkId());
        journey.awaitRequestEvent("the processor's PaymentFailed for " + request.requestId(),
                e -> e.subject().equals(request.requestId()) && e.data() instanceof RequestEvent.PaymentFailed);
        // the processor writes its facts and the snapshot in one transaction: the latest snapshot is after it
        assertThat(journey.latestState(request.requestId()).status()).isEqualTo(RequestStatus.AWAITING_PAYMENT);

        // and the link can still be paid
        browser.open(URI.create(request.link().url()));
        browser.awaitText(By.id("status"), "created");
        browser.awaitVisible(By.id("pay"));
        browser.screenshot("still-payable");
    }
}
