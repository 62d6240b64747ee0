package dev.concierge.stacktests.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.schemas.common.RequestStatus;
import dev.concierge.stacktests.browser.Accessibility;
import dev.concierge.stacktests.browser.Browser;
import dev.concierge.stacktests.browser.BrowserExtension;
import dev.concierge.stacktests.journey.JourneyTest;
import dev.concierge.stacktests.journey.RequestJourney;
import dev.concierge.stacktests.stack.StackAddresses;
import dev.concierge.stacktests.stack.StackTest;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Issue 15, acceptance 3, for what opens on top of a page or inside it: the dashboard's dialogs (new and edit
 * agent, new and edit store), the navigation menu of a phone, and the forms a request's state brings out
 * (bulk assign and cancel, record a store's price and cancel with a reason, send a quote, refund), each filled
 * in and looked at 375 and 1440 px wide with {@link Accessibility#problemsAt}: no horizontal overflow, no console
 * error, no serious or critical axe-core violation. Nothing is sent: the forms are looked at, not submitted,
 * except the store's price, which is what brings out the quote form.
 */
@StackTest
@ExtendWith(BrowserExtension.class)
class DialogsAtEveryWidthTest extends JourneyTest {

    private static final By DIALOG = By.cssSelector("[role='dialog']");

    private final List<String> problems = new ArrayList<>();

    @Test
    void every_dialog_menu_and_request_form_fits_a_phone_and_a_desktop_with_no_console_error_and_no_serious_violation(
            Browser browser) {
        // a request paid on the simulated gateway (its refund form) and one at the stores (record a price, cancel)
        RequestJourney.AwaitingPayment paid = journey.requestAwaitingPayment();
        browser.open(URI.create(paid.link().url()));
        browser.clickAndAwaitNewPage(By.id("pay"));
        browser.awaitText(By.id("status"), "paid");
        String sourcing = journey.createRequest(paid.customerToken(), "Dolo 650, 2 strips");
        journey.awaitState(sourcing, "SOURCING with a store contacted",
                s -> s.status() == RequestStatus.SOURCING && !s.outreach().isEmpty());
        journey.awaitState(paid.requestId(), "PAID", s -> s.status() == RequestStatus.PAID);

        Dashboard dashboard = new Dashboard(browser).signInAsAdmin();
        browser.consoleErrors(); // the gateway's page and the sign-in are steps, not what is under check

        browser.resize(Accessibility.WIDTHS[0], 900);
        browser.click(By.cssSelector("button[aria-label='Toggle navigation']"));
        browser.awaitVisible(By.xpath("//nav//a[normalize-space()='Agents']"));
        problems.addAll(Accessibility.problemsAt(browser, "navigation-menu", Accessibility.WIDTHS[0]));
        browser.click(By.cssSelector("button[aria-label='Toggle navigation']"));

        browser.resize(Accessibility.WIDTHS[1], 900);
        browser.awaitVisible(By.cssSelector("#inbox tr[data-request-id]"));
        browser.click(By.id("select-all"));
        browser.select(By.id("bulk-agent"), browser.awaitVisible(By.cssSelector("#bulk-agent option:nth-child(2)")).getText());
        browser.type(By.id("bulk-reason"), "Customer asked to stop");
        look(browser, "bulk-assign-and-cancel");

        dialog(browser, "/agents", By.id("new-agent"), "agent-create-dialog", By.id("agent-name"));
        dialog(browser, "/agents", By.cssSelector("#agents button[aria-label^='Edit ']"), "agent-edit-dialog", By.id("agent-name"));
        dialog(browser, "/stores", By.id("new-store"), "store-create-dialog", By.id("save-store"));
        dialog(browser, "/stores", By.cssSelector("#stores button[aria-label^='Edit ']"), "store-edit-dialog", By.id("save-store"));

        // opened by its address (a request made through the API has no chat messages yet, so no #messages to wait for)
        browser.open(StackAddresses.PROJECTIONS.resolve("/requests/" + sourcing));
        browser.awaitVisible(By.id("record-price"), RequestJourney.STEP);
        browser.type(By.id("record-price"), "32");
        browser.type(By.id("cancel-reason"), "Customer asked to stop");
        look(browser, "record-store-price-and-cancel");
        dashboard.recordStorePrice("32", RequestJourney.STEP);
        browser.awaitVisible(By.id("send-quote"), RequestJourney.STEP);
        browser.type(By.id("quote-fee"), "25");
        look(browser, "send-quote");

        browser.open(StackAddresses.PROJECTIONS.resolve("/requests/" + paid.requestId()));
        browser.awaitVisible(By.id("refund-reason"), RequestJourney.STEP);
        browser.type(By.id("refund-amount"), "10");
        browser.type(By.id("refund-reason"), "One strip was missing");
        look(browser, "refund");

        assertThat(problems).as("problems found in the dialogs and forms (screenshots in target/screenshots)").isEmpty();
    }

    /** Opens {@code path}, clicks {@code opener}, looks at the dialog in both widths and closes it again. */
    private void dialog(Browser browser, String path, By opener, String name, By inside) {
        browser.resize(Accessibility.WIDTHS[1], 900);
        browser.open(StackAddresses.PROJECTIONS.resolve(path));
        browser.click(opener);
        browser.awaitVisible(inside);
        // axe reads colours as drawn: wait until the dialog's opening transition is over
        browser.awaitTrue("getComputedStyle(document.querySelector(\"[role='dialog']\")).opacity === '1'",
                RequestJourney.STEP);
        assertThat(browser.findAll(DIALOG)).as(name + " is open").isNotEmpty();
        look(browser, name);
    }

    private void look(Browser browser, String name) {
        problems.addAll(Accessibility.problemsAtEveryWidth(browser, name));
    }
}
