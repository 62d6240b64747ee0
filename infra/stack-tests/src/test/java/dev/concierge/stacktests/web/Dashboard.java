package dev.concierge.stacktests.web;

import dev.concierge.stacktests.api.IngestApi;
import dev.concierge.stacktests.browser.Browser;
import dev.concierge.stacktests.stack.StackAddresses;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The admin dashboard at {@code /} as staff use it, step by step in a {@link Browser}. */
public final class Dashboard {

    public static final By LIVE = By.cssSelector("#live-state[data-state='live']");

    private final Browser browser;

    public Dashboard(Browser browser) {
        this.browser = browser;
    }

    /** Opens {@code /}, signs in as the dev stack's first admin and waits until the inbox listens live. */
    public Dashboard signInAsAdmin() {
        return signIn(IngestApi.ADMIN_EMAIL, IngestApi.ADMIN_PASSWORD);
    }

    /** Opens {@code /}, signs in with a staff account (an agent or an admin) and waits until the inbox listens live. */
    public Dashboard signIn(String email, String password) {
        browser.open(StackAddresses.PROJECTIONS.resolve("/"));
        browser.type(By.id("email"), email);
        browser.type(By.id("password"), password);
        browser.screenshot("dashboard-sign-in");
        browser.click(By.id("sign-in"));
        browser.awaitVisible(LIVE);
        return this;
    }

    /** The inbox row of {@code requestId}, once the list shows it. */
    public WebElement awaitInboxRow(String requestId) {
        return browser.awaitVisible(rowOf(requestId));
    }

    /** A directory page (Agents, Stores) once it loaded: its table, or the text it shows when it is empty. */
    public static By directoryLoaded(String tableId, String emptyText) {
        return By.xpath("//table[@id='" + tableId + "'] | //p[normalize-space()='" + emptyText + "']");
    }

    public static By rowOf(String requestId) {
        return By.cssSelector("#inbox tr[data-request-id='" + requestId + "']");
    }

    /** Follows the request's link in its inbox row, as staff open it, and waits for its detail. */
    public void openFromInbox(String requestId) {
        browser.click(By.cssSelector("#inbox tr[data-request-id='" + requestId + "'] a"));
        browser.awaitVisible(detailOf(requestId));
    }

    /**
     * Records by hand that the first store contacted has the item at {@code rupees} (a store that
     * phoned back), once the outreach is on the page (up to {@code timeout}: the processor picks the stores).
     */
    public void recordStorePrice(String rupees, Duration timeout) {
        browser.awaitVisible(By.id("record-price"), timeout);
        browser.type(By.id("record-price"), rupees);
        browser.click(By.id("record-quote"));
    }

    /** Sends the customer the quote of the store that said yes, with {@code deliveryRupees} of delivery. */
    public void sendQuote(String deliveryRupees, Duration timeout) {
        browser.awaitVisible(By.id("send-quote"), timeout);
        browser.type(By.id("quote-fee"), deliveryRupees);
        browser.click(By.id("send-quote"));
        browser.awaitVisible(By.xpath("//*[@id='sent-quote']//*[normalize-space()='Waiting for the customer']"), timeout);
    }

    /** Records a fulfilment stage (e.g. {@code DELIVERED}) once the request is paid. */
    public void updateFulfilment(String stage, Duration timeout) {
        browser.awaitVisible(By.id("fulfilment-stage"), timeout);
        browser.select(By.id("fulfilment-stage"), stage);
        browser.click(By.id("update-fulfilment"));
    }

    /** Waits until the open detail page shows {@code status} (the page follows the stream, no reload). */
    public void awaitStatus(String requestId, String status, Duration timeout) {
        browser.awaitVisible(WebChat.statusShown(requestId, status), timeout);
    }

    private static By detailOf(String requestId) {
        return By.cssSelector("[data-request-id='" + requestId + "'] #messages");
    }

    public void openRequest(String requestId) {
        browser.open(StackAddresses.PROJECTIONS.resolve("/requests/" + requestId));
        browser.awaitVisible(detailOf(requestId));
    }
}
