package dev.concierge.stacktests.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.concierge.stacktests.Await;
import dev.concierge.stacktests.stack.StackAddresses;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The dev outbox: what the services sent (SMS, WhatsApp, e-mail), and replies posted back as a store would. */
public final class DevOutbox {

    private static final Pattern SIX_DIGITS = Pattern.compile("\\b(\\d{6})\\b");
    /** The one-time token of a staff invitation e-mail, in its text ("token: …") or its HTML (">…<") body. */
    private static final Pattern INVITATION_TOKEN = Pattern.compile("token:\\s*([A-Za-z0-9_.~-]{16,})|>\\s*([A-Za-z0-9_.~-]{24,})\\s*<");

    private final JsonHttp http = new JsonHttp(StackAddresses.DEV_OUTBOX);

    /** The newest message of {@code channel} (SMS, WHATSAPP, EMAIL) to {@code recipient}, if any. */
    public Optional<JsonNode> newestTo(String recipient, String channel) {
        JsonNode messages = http.get("/api/messages?to=" + URLEncoder.encode(recipient, StandardCharsets.UTF_8)
                + "&channel=" + channel + "&limit=1", 200);
        return messages.isArray() && messages.size() > 0 ? Optional.of(messages.get(0)) : Optional.empty();
    }

    /** Waits for the one-time sign-in code the notifier sent {@code phone} by SMS. */
    public String awaitSignInCode(String phone, Duration timeout) {
        return Await.until("a sign-in code by SMS to " + phone, timeout, () -> newestTo(phone, "SMS")
                .map(message -> SIX_DIGITS.matcher(message.path("body").asText()))
                .filter(Matcher::find)
                .map(matcher -> matcher.group(1)));
    }

    /** Waits for the one-time token of the staff invitation e-mailed to {@code email} (it chooses the password). */
    public String awaitInvitationToken(String email, Duration timeout) {
        return Await.until("an invitation e-mail to " + email, timeout, () -> newestTo(email, "EMAIL")
                .map(message -> INVITATION_TOKEN.matcher(message.path("body").asText()))
                .filter(Matcher::find)
                .map(found -> found.group(1) != null ? found.group(1) : found.group(2)));
    }

    /** A WhatsApp message from {@code from} (e.g. a store), posted signed to the ingest API's Twilio webhook. */
    public void replyOnWhatsApp(String from, String body) {
        http.post("/api/inbound", null, Map.of("from", from, "body", body), 200);
    }
}
