package dev.concierge.stacktests.web;

import dev.concierge.stacktests.api.DevOutbox;
import dev.concierge.stacktests.browser.Browser;
import dev.concierge.stacktests.journey.RequestJourney;
import dev.concierge.stacktests.stack.StackAddresses;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.openqa.selenium.By;

/** The customer web chat at {@code /app} as a customer uses it, step by step in a {@link Browser}. */
public final class WebChat {

    private final Browser browser;
    private final DevOutbox outbox = new DevOutbox();

    public WebChat(Browser browser) {
        this.browser = browser;
    }

    /** Opens {@code /app} and signs in with the code the dev outbox caught for {@code phone}. */
    public WebChat signIn(String phone) {
        browser.open(StackAddresses.PROJECTIONS.resolve("/app/"));
        browser.type(By.id("phone"), phone);
        browser.screenshot("chat-phone");
        browser.click(By.xpath("//button[normalize-space()='Send code']"));
        String code = outbox.awaitSignInCode(phone, RequestJourney.STEP);
        browser.type(By.id("code"), code);
        browser.screenshot("chat-code");
        browser.click(By.xpath("//button[normalize-space()='Sign in']"));
        browser.awaitVisible(By.xpath("//h2[normalize-space()='Your requests']"));
        return this;
    }

    /**
     * Asks for {@code text} with {@code photo}, delivered near the journey's stores (typed address
     * and pin), and waits for the request's page; the request id.
     */
    public String newRequest(String text, Path photo) {
        browser.click(By.xpath("//a[normalize-space()='Ask for something']"));
        browser.type(By.id("request-text"), text);
        browser.attach(By.id("request-photo"), photo);
        browser.awaitVisible(By.cssSelector("img[alt='The photo you chose']"));
        typeAddress("address");
        browser.screenshot("chat-new-request");
        browser.click(By.id("send-request"));
        return browser.awaitVisible(By.cssSelector("[data-request-id]")).getAttribute("data-request-id");
    }

    /**
     * Types the journey's customer address and pin (near its stores) into the address fields whose ids
     * start with {@code idPrefix} ({@code address} on the new-request page, {@code saved-address} on the profile).
     */
    public void typeAddress(String idPrefix) {
        browser.type(By.id(idPrefix + "-line1"), "12 MG Road");
        browser.type(By.id(idPrefix + "-city"), "Bengaluru");
        browser.type(By.id(idPrefix + "-pincode"), "560001");
        browser.type(By.id(idPrefix + "-lat"), "12.9756");
        browser.type(By.id(idPrefix + "-lon"), "77.6050");
    }

    /** Opens the profile page from the header, as a customer finds it. */
    public void openProfile() {
        browser.click(By.id("profile-link"));
        browser.awaitVisible(By.id("saved-addresses"));
    }

    /** Accepts the quote once it is on the request's page (the page follows the stream, no reload). */
    public void acceptQuote(Duration timeout) {
        browser.awaitVisible(By.id("accept-quote"), timeout);
        browser.click(By.id("accept-quote"));
    }

    /**
     * Follows the request page's Pay button to the simulated gateway, pays there, and comes back to the
     * request's page (the gateway has no way back, so the customer opens it again); the page shown paid.
     */
    public void payOnTheGateway(String requestId, Duration timeout) {
        browser.awaitVisible(By.id("pay"), timeout);
        browser.screenshot("chat-quote-accepted");
        browser.clickAndAwaitNewPage(By.id("pay"));
        browser.awaitText(By.id("status"), "created");
        browser.screenshot("gateway-pay-page");
        browser.clickAndAwaitNewPage(By.id("pay"));
        browser.awaitText(By.id("status"), "paid");
        browser.screenshot("gateway-paid");
        browser.open(StackAddresses.PROJECTIONS.resolve("/app/requests/" + requestId));
        awaitStatus(requestId, "PAID", timeout);
    }

    /** Rates the delivered request {@code stars} of 5 with {@code comment}, and waits for the thanks. */
    public void rate(int stars, String comment, Duration timeout) {
        browser.awaitVisible(By.id("rate"), timeout);
        browser.click(By.cssSelector("#rate input[value='" + stars + "'] + label"));
        browser.type(By.id("rating-comment"), comment);
        browser.screenshot("chat-rating");
        browser.click(By.id("send-rating"));
        browser.awaitVisible(By.xpath("//*[@id='rated' and contains(., '" + stars + " of 5')]"), timeout);
    }

    /** Waits until the request's page shows {@code status} (it follows the stream, no reload). */
    public void awaitStatus(String requestId, String status, Duration timeout) {
        browser.awaitVisible(statusShown(requestId, status), timeout);
    }

    /** The status badge of a request's page (the web chat's and the dashboard's) showing {@code status}. */
    public static By statusShown(String requestId, String status) {
        return By.cssSelector("[data-request-id='" + requestId + "'] [data-status='" + status + "']");
    }

    /** A small PNG (a coloured label with a dark band) under {@code directory}, as a phone's photo would be. */
    public static Path samplePhoto(Path directory) {
        BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xE8F1FB));
        g.fillRect(0, 0, 320, 240);
        g.setColor(new Color(0x1F3A5F));
        g.fillRect(20, 90, 280, 60);
        g.dispose();
        try {
            Files.createDirectories(directory);
            Path file = directory.resolve("photo.png");
            ImageIO.write(image, "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("could not write a sample photo under " + directory, e);
        }
    }
}
