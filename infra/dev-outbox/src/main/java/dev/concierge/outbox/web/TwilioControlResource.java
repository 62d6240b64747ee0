package dev.concierge.outbox.web;

import dev.concierge.outbox.messages.Channel;
import dev.concierge.outbox.twilio.FailureRules;
import dev.concierge.outbox.twilio.InboundReplies;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Playing the people and the network: replies posted as Twilio webhooks, and planned delivery failures. */
@Path("/api")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class TwilioControlResource {

    private static final Pattern PHONE = Pattern.compile("(whatsapp:)?\\+[1-9][0-9]{6,14}");

    @Inject
    InboundReplies inbound;

    @Inject
    FailureRules failures;

    @POST
    @Path("/inbound")
    public Response inbound(InboundRequest request) {
        if (request == null || request.from() == null || !PHONE.matcher(request.from().trim()).matches()) {
            return Problem.invalid("from", "an E.164 number such as +919812345678 is required");
        }
        if (request.to() != null && !request.to().isBlank() && !PHONE.matcher(request.to().trim()).matches()) {
            return Problem.invalid("to", "must be an E.164 number such as +14155238886");
        }
        List<String> media = request.media() == null ? List.of() : request.media();
        if ((request.body() == null || request.body().isBlank()) && media.isEmpty()) {
            return Problem.invalid("body", "a reply needs a body or media");
        }
        for (int i = 0; i < media.size(); i++) {
            if (!isHttpUrl(media.get(i))) {
                return Problem.invalid("media[" + i + "]", "must be an absolute http(s) URL");
            }
        }
        Channel channel = replyChannel(request.channel());
        if (channel == null) {
            return Problem.invalid("channel", "must be WHATSAPP or SMS");
        }
        InboundReplies.Posted posted;
        try {
            posted = inbound.reply(new InboundReplies.Reply(request.from().trim(),
                    request.to() == null ? null : request.to().trim(), request.body(), media, channel));
        } catch (IOException e) {
            return Problem.badGateway("could not reach the ingest API: " + e.getMessage());
        }
        if (posted.webhookStatus() >= 300) {
            return Problem.badGateway(posted.webhookUrl() + " answered HTTP " + posted.webhookStatus()
                    + " to message " + posted.messageSid());
        }
        return Response.ok(posted).build();
    }

    @POST
    @Path("/fail-next")
    public Response failNext(FailNextRequest request) {
        if (request == null || request.to() == null || !PHONE.matcher(request.to().trim()).matches()) {
            return Problem.invalid("to", "an E.164 number such as +919812345678 is required");
        }
        failures.failNext(request.to().trim(), request.errorCode());
        Map<String, Object> planned = new LinkedHashMap<>();
        planned.put("to", request.to().trim());
        planned.put("errorCode", request.errorCode());
        return Response.accepted(planned).build();
    }

    /** WhatsApp unless asked otherwise; null for anything Twilio does not carry. */
    private static Channel replyChannel(String requested) {
        if (requested == null || requested.isBlank()) {
            return Channel.WHATSAPP;
        }
        String name = requested.trim().toUpperCase();
        return name.equals(Channel.WHATSAPP.name()) || name.equals(Channel.SMS.name()) ? Channel.valueOf(name) : null;
    }

    private static boolean isHttpUrl(String value) {
        try {
            URI uri = URI.create(value);
            return uri.isAbsolute() && uri.getHost() != null
                    && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()));
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }

    /** {@code from} the person's number; {@code to} the outbox number (default: the configured one). */
    public record InboundRequest(String from, String to, String body, List<String> media, String channel) {
    }

    /** {@code errorCode} replaces the default (63016 for WhatsApp, 30003 for SMS). */
    public record FailNextRequest(String to, Integer errorCode) {
    }
}
