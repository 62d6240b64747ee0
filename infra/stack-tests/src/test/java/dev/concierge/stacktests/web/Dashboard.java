package dev.concierge.stacktests.web;

import dev.concierge.stacktests.api.IngestApi;
import dev.concierge.stacktests.browser.Browser;
import dev.concierge.stacktests.stack.StackAddresses;
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
        browser.open(StackAddresses.PROJECTIONS.resolve("/"));
        browser.type(By.id("email"), IngestApi.ADMIN_EMAIL);
        browser.type(By.id("password"), IngestApi.ADMIN_PASSWORD);
        browser.screenshot("dashboard-sign-in");
        browser.click(By.id("sign-in"));
        browser.awaitVisible(LIVE);
        return this;
    }

    /** The inbox row of {@code requestId}, once the list shows it. */
    public WebElement awaitInboxRow(String requestId) {
        return browser.awaitVisible(rowOf(requestId));
    }

    public static By rowOf(String requestId) {
        return By.cssSelector("#inbox tr[data-request-id='" + requestId + "']");
    }

    public void openRequest(String requestId) {
        browser.open(StackAddresses.PROJECTIONS.resolve("/requests/" + requestId));
        browser.awaitVisible(By.cssSelector("[data-request-id='" + requestId + "'] #messages"));
    }
}
