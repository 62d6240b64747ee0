package dev.concierge.stacktests.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.schemas.common.RequestStatus;
import dev.concierge.schemas.requests.RequestSnapshot;
import dev.concierge.stacktests.browser.Browser;
import dev.concierge.stacktests.browser.BrowserExtension;
import dev.concierge.stacktests.journey.JourneyTest;
import dev.concierge.stacktests.journey.RequestJourney;
import dev.concierge.stacktests.journey.RequestJourney.StaffLogin;
import dev.concierge.stacktests.journey.Unique;
import dev.concierge.stacktests.stack.StackAddresses;
import dev.concierge.stacktests.stack.StackTest;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Issue 15, acceptance 1: one request's whole life through the pages, a customer in the web chat and an
 * agent in the dashboard, each in their own Chromium. Everything a person does is done in a page; the
 * test only sets the scene (a store and an agent account) through the API, and reads {@code requests.state}
 * to say where a step stopped when it does. The screenshots of both browsers are numbered in one sequence.
 */
@StackTest
@ExtendWith(BrowserExtension.class)
class BrowserJourneyTest extends JourneyTest {

    /** Each step is a few Kafka hops away from the click that caused it. */
    private static final Duration STEP = RequestJourney.STEP;

    @Test
    void a_customer_asks_with_a_photo_the_agent_quotes_live_the_customer_pays_and_rates_the_delivery(
            Browser customerBrowser, Browser agentBrowser) {
        String admin = journey.api().adminToken();
        journey.storeOnDuty(admin, RequestJourney.CATEGORY, Unique.phone());
        StaffLogin agent = journey.agentWhoCanSignIn(admin, RequestJourney.CATEGORY);
        Path photo = WebChat.samplePhoto(Path.of("target", "photos"));

        // the agent's inbox is open and live before the customer asks
        Dashboard dashboard = new Dashboard(agentBrowser).signIn(agent.email(), agent.password());
        agentBrowser.screenshot("dashboard-inbox-live");

        // the customer asks in the web chat, with a photo and a typed address and pin
        WebChat chat = new WebChat(customerBrowser).signIn(Unique.phone());
        String requestId = chat.newRequest("Dolo 650, 2 strips", photo);
        RequestSnapshot created = journey.awaitState(requestId, "with the photo", s -> s.mediaIds().size() == 1);
        assertThat(created.deliveryAddress().location().lat()).as("the typed pin's latitude").isEqualTo(12.9756);
        assertThat(created.deliveryAddress().location().lon()).as("the typed pin's longitude").isEqualTo(77.6050);
        customerBrowser.awaitVisible(By.cssSelector("#messages img[data-media-id='" + created.mediaIds().get(0) + "']"));
        customerBrowser.screenshot("chat-request-with-photo");

        // the request appears in the agent's open inbox without a reload
        dashboard.awaitInboxRow(requestId);
        agentBrowser.screenshot("dashboard-inbox-shows-the-request");
        dashboard.openFromInbox(requestId);

        // each side sees the other typing; the agent answers in the chat
        customerBrowser.type(By.id("chat-text"), "Is a strip of 15 fine?");
        agentBrowser.awaitVisible(By.cssSelector("#typing[data-typing~='customer']"));
        agentBrowser.screenshot("dashboard-customer-typing");
        agentBrowser.type(By.id("staff-message"), "Yes, checking with the pharmacy now");
        customerBrowser.awaitVisible(By.cssSelector("#typing[data-typing~='agent']"));
        customerBrowser.screenshot("chat-agent-typing");
        // the agent attaches a photo of their own to the reply; the customer may see every photo in their request
        agentBrowser.attach(By.id("staff-photo"), shelfPhoto(Path.of("target", "photos", "agent")));
        agentBrowser.click(By.id("send-staff-message"));
        customerBrowser.awaitVisible(By.xpath("//*[@id='messages']//*[@data-author='AGENT' and contains(., 'checking with the pharmacy')]"),
                STEP);
        WebElement agentPhoto = customerBrowser.awaitVisible(
                By.xpath("//*[@id='messages']//*[@data-author='AGENT']//img[@data-media-id]"), STEP);
        assertThat(agentPhoto.getAttribute("data-media-id")).as("the agent's own upload, not the customer's photo")
                .isNotEqualTo(created.mediaIds().get(0));
        assertThat((Long) customerBrowser.script("return arguments[0].naturalWidth;", agentPhoto))
                .as("the agent's photo loaded in the customer's chat").isPositive();
        customerBrowser.screenshot("chat-agent-photo");

        // the processor asks the stores near the customer; one phones back with a price, the agent records it
        RequestSnapshot sourcing = journey.awaitState(requestId, "past the analysis",
                s -> s.status() != RequestStatus.NEW && s.status() != RequestStatus.ENRICHING);
        assertThat(sourcing.status()).as("after the analysis (category %s)",
                sourcing.enrichment() == null ? null : sourcing.enrichment().category()).isEqualTo(RequestStatus.SOURCING);
        dashboard.recordStorePrice("32", STEP);
        agentBrowser.screenshot("dashboard-store-price-recorded");
        journey.awaitState(requestId, "the store's price recorded", s -> s.storeQuotes().stream().anyMatch(q -> q.available()));

        // the agent sends the quote: item ₹32 + delivery ₹25
        dashboard.sendQuote("25", STEP);
        agentBrowser.screenshot("dashboard-quote-sent");

        // the customer sees it live, accepts and pays on the simulated gateway's page
        customerBrowser.awaitText(By.id("quote-total"), "₹57.00");
        customerBrowser.screenshot("chat-quote");
        chat.acceptQuote(STEP);
        assertThat(customerBrowser.consoleErrors()).as("the web chat's console errors before the gateway").isEmpty();
        chat.payOnTheGateway(requestId, STEP);
        // the simulated gateway's page (payment-worker, standing in for Razorpay's checkout) has no favicon, so
        // Chromium's request for it there is a 404 on the console: the gateway's, not the web chat's
        assertThat(customerBrowser.consoleErrors()).as("the console errors on the way through the gateway")
                .allMatch(error -> error.startsWith(StackAddresses.PAYMENT_WORKER.resolve("/favicon.ico").toString()));
        // the receipt: payment-worker's signed PDF link, on the request's page and in the history
        String receipt = customerBrowser.awaitVisible(By.id("receipt"), STEP).getAttribute("href");
        customerBrowser.screenshot("chat-paid");
        assertThat(contentTypeOf(receipt)).as("the receipt link's answer").startsWith("application/pdf");

        // the agent sees it paid and marks it delivered
        dashboard.awaitStatus(requestId, "PAID", STEP);
        dashboard.updateFulfilment("DELIVERED", STEP);
        dashboard.awaitStatus(requestId, "DELIVERED", STEP);
        agentBrowser.screenshot("dashboard-delivered");

        // the customer rates the delivery
        chat.awaitStatus(requestId, "DELIVERED", STEP);
        chat.rate(5, "Quick and friendly", STEP);
        customerBrowser.screenshot("chat-rated");
        RequestSnapshot rated = journey.awaitState(requestId, "rated", s -> s.rating() != null);
        assertThat(rated.status()).isEqualTo(RequestStatus.DELIVERED);
        assertThat(rated.rating().stars()).isEqualTo(5);
        assertThat(rated.payment().amount().amountMinor()).isEqualTo(5700);

        customerBrowser.click(By.xpath("//a[contains(., 'All requests')]"));
        customerBrowser.awaitVisible(By.cssSelector("[data-request-id='" + requestId + "'] a[data-receipt]"), STEP);
        customerBrowser.screenshot("chat-history-with-receipt");

        assertThat(customerBrowser.consoleErrors()).as("the web chat's console errors").isEmpty();
        assertThat(agentBrowser.consoleErrors()).as("the dashboard's console errors").isEmpty();
    }

    /** The content type a GET of {@code link} answers with (200 only), as a browser opening it would get. */
    private static String contentTypeOf(String link) {
        try {
            HttpResponse<Void> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(link)).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(answer.statusCode()).as("GET " + link).isEqualTo(200);
            return answer.headers().firstValue("Content-Type").orElse("");
        } catch (IOException e) {
            throw new UncheckedIOException("could not GET " + link, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while fetching " + link, e);
        }
    }

    /** A photo of a shelf the agent took: other bytes than the customer's, so the upload is the agent's own. */
    private static Path shelfPhoto(Path directory) {
        BufferedImage image = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xFFF4E0));
        g.fillRect(0, 0, 400, 300);
        g.setColor(new Color(0x8A4B08));
        for (int shelf = 0; shelf < 3; shelf++) {
            g.fillRect(10, 80 + shelf * 90, 380, 12);
        }
        g.dispose();
        try {
            Files.createDirectories(directory);
            Path file = directory.resolve("shelf.png");
            ImageIO.write(image, "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the agent's photo under " + directory, e);
        }
    }
}
