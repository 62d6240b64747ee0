package dev.concierge.stacktests.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.stacktests.browser.Browser;
import dev.concierge.stacktests.browser.BrowserExtension;
import dev.concierge.stacktests.journey.RequestJourney;
import dev.concierge.stacktests.journey.Unique;
import dev.concierge.stacktests.stack.StackAddresses;
import dev.concierge.stacktests.stack.StackTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;

/**
 * Issue 15: one browser keeps working however many pages a person opens in it. A customer's and an admin's
 * Chromium each go through more than twenty pages in a row — opened by their address, by in-app links,
 * back and forward, reloads — and every page must show its data, not its loader, with no console error.
 *
 * <p>The bug this guards against: Chromium's back/forward cache keeps a page that was left alive for a
 * while, with its requests still open; each page's live stream (a long-lived fetch to this origin) then held
 * one of the six HTTP/1.1 connections the browser keeps per origin, and after about half a dozen pages the
 * next page's data requests waited for a connection that never came (projections-service's README, "Web front end").
 */
@StackTest
@ExtendWith(BrowserExtension.class)
class ManyPagesInOneBrowserTest {

    // the read model answers a read at once; a page whose reads wait for a free connection never shows its data
    private static final Duration READ_MODEL = Duration.ofSeconds(30);
    // set on a page before it is left: still there afterwards means the same document (an in-app move),
    // gone means a new one was loaded (a restored page from the back/forward cache reloads itself)
    private static final String MARK = "window.__leftForTheNextPage";

    private final List<String> consoleErrors = new ArrayList<>();
    private int pages;

    @Test
    void a_customer_and_an_admin_each_go_through_two_dozen_pages_in_one_browser_and_every_page_shows_its_data(
            Browser customer, Browser admin) {
        String requestId = new WebChat(customer).signIn(Unique.phone())
                .newRequest("Amul taaza milk, 1 litre", WebChat.samplePhoto(Path.of("target", "photos")));
        By history = By.cssSelector("a[href='/app/requests/" + requestId + "']");
        By request = By.cssSelector("[data-request-id='" + requestId + "'] #messages");
        By profile = By.cssSelector("#profile[data-customer-id]");
        By newRequest = By.id("request-text");
        // the request page the new request led to, reloaded: its history entry still says "just created"
        load(customer, "the new request's page, reloaded", customer::reload, request);
        // the customers read model may get a new customer a while after the sign-in on a cold stack
        load(customer, "profile (first time)", () -> open(customer, "/app/profile"), profile, RequestJourney.STEP);
        for (int round = 1; round <= 2; round++) {
            load(customer, "history by address", () -> open(customer, "/app/"), history);
            load(customer, "request by address", () -> open(customer, "/app/requests/" + requestId), request);
            load(customer, "profile by address", () -> open(customer, "/app/profile"), profile);
            load(customer, "back to the request", customer::back, request);
            load(customer, "back to the history", customer::back, history);
            load(customer, "forward to the request", customer::forward, request);
            load(customer, "the request reloaded", customer::reload, request);
            inApp(customer, "history by its link", () -> customer.click(By.linkText("← All requests")), history);
            inApp(customer, "request from the history", () -> customer.click(history), request);
            inApp(customer, "profile from the header", () -> customer.click(By.id("profile-link")), profile);
            inApp(customer, "back in the app to the request", customer::back, request);
            load(customer, "new request by address", () -> open(customer, "/app/new"), newRequest);
            inApp(customer, "history from the header", () -> customer.click(By.linkText("Concierge")), history);
        }

        new Dashboard(admin).signInAsAdmin();
        admin.consoleErrors(); // the sign-in is a step, not a page under check
        By inbox = By.cssSelector("#inbox tr[data-request-id]");
        By detail = By.cssSelector("[data-request-id='" + requestId + "'] #messages");
        By agents = Dashboard.directoryLoaded("agents", "No agents yet.");
        By stores = Dashboard.directoryLoaded("stores", "No stores match.");
        By payments = By.cssSelector("#revenue-chart .recharts-surface");
        By analytics = By.cssSelector("#funnel-chart .recharts-surface");
        for (int round = 1; round <= 2; round++) {
            load(admin, "inbox by address", () -> open(admin, "/"), inbox);
            load(admin, "request by address", () -> open(admin, "/requests/" + requestId), detail);
            load(admin, "agents by address", () -> open(admin, "/agents"), agents);
            load(admin, "stores by address", () -> open(admin, "/stores"), stores);
            load(admin, "back to the agents", admin::back, agents);
            load(admin, "back to the request", admin::back, detail);
            load(admin, "forward to the agents", admin::forward, agents);
            load(admin, "the agents reloaded", admin::reload, agents);
            inApp(admin, "payments from the navigation", () -> admin.click(navigation("Payments")), payments);
            inApp(admin, "analytics from the navigation", () -> admin.click(navigation("Analytics")), analytics);
            inApp(admin, "inbox from the navigation", () -> admin.click(navigation("Requests")), inbox);
            inApp(admin, "request from its inbox row", () -> admin.click(By.cssSelector(
                    "#inbox tr[data-request-id='" + requestId + "'] a")), detail);
            inApp(admin, "back in the app to the inbox", admin::back, inbox);
            load(admin, "services by address", () -> open(admin, "/services"),
                    By.xpath("//h2[normalize-space()='Services']"));
        }

        System.out.printf("issue 15: %d pages in two browsers, each showed its data%n", pages);
        assertThat(pages).isGreaterThanOrEqualTo(50);
        assertThat(consoleErrors).as("console errors on the pages").isEmpty();
    }

    private static By navigation(String page) {
        return By.xpath("//nav//a[normalize-space()='" + page + "']");
    }

    private static void open(Browser browser, String path) {
        browser.open(StackAddresses.PROJECTIONS.resolve(path));
    }

    /** A step that loads a new document (an address, back/forward across documents, a reload). */
    private void load(Browser browser, String what, Runnable step, By data) {
        load(browser, what, step, data, READ_MODEL);
    }

    private void load(Browser browser, String what, Runnable step, By data, Duration timeout) {
        browser.script(MARK + " = true;");
        step.run();
        await(browser, what, () -> browser.awaitTrue(MARK + " !== true", timeout), "a new page");
        await(browser, what, () -> browser.awaitVisible(data, timeout), "its data");
        looked(browser, what);
    }

    /** A step inside the single-page app: the same document shows another page. */
    private void inApp(Browser browser, String what, Runnable step, By data) {
        browser.script(MARK + " = true;");
        step.run();
        await(browser, what, () -> browser.awaitVisible(data, READ_MODEL), "its data");
        assertThat(browser.script("return " + MARK + " === true;")).as(what + " stays in the same document").isEqualTo(true);
        looked(browser, what);
    }

    private void await(Browser browser, String what, Runnable wait, String shown) {
        try {
            wait.run();
        } catch (TimeoutException e) {
            throw new AssertionError("page " + (pages + 1) + " (" + what + ") did not show " + shown + " in time; "
                    + "connections now open to projections-service (:8080) on this machine: " + connectionsToProjections(), e);
        }
    }

    private void looked(Browser browser, String what) {
        pages++;
        browser.screenshot(String.format("page-%02d-%s", pages, what.replaceAll("[^A-Za-z0-9]+", "-")));
        browser.consoleErrors().forEach(error -> consoleErrors.add(what + ": " + error));
    }

    /** Evidence for a failure: how many TCP connections to :8080 are established (both browsers' and the test's). */
    private static String connectionsToProjections() {
        try {
            Process ss = new ProcessBuilder("ss", "-Htn", "state", "established", "( dport = :8080 )")
                    .redirectErrorStream(true).start();
            String out = new String(ss.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            ss.waitFor();
            return String.valueOf(out.lines().filter(line -> !line.isBlank()).count());
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown (interrupted)";
        }
    }
}
