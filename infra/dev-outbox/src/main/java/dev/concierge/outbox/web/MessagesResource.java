package dev.concierge.outbox.web;

import dev.concierge.outbox.messages.Channel;
import dev.concierge.outbox.messages.MessageLog;
import dev.concierge.outbox.messages.MessageQuery;
import dev.concierge.outbox.messages.OutboxMessage;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;

/** What the outbox recorded, newest first; {@code to} and {@code channel} narrow it (tests use both). */
@Path("/api/messages")
@Produces(MediaType.APPLICATION_JSON)
public class MessagesResource {

    static final int MAX_LIMIT = 10_000;

    @Inject
    MessageLog log;

    @GET
    public Response list(@QueryParam("to") String to, @QueryParam("channel") String channel,
            @QueryParam("limit") @DefaultValue("500") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            return Problem.invalid("limit", "must be between 1 and " + MAX_LIMIT);
        }
        Channel wanted = null;
        if (channel != null && !channel.isBlank()) {
            try {
                wanted = Channel.valueOf(channel.trim().toUpperCase());
            } catch (IllegalArgumentException e) {
                return Problem.invalid("channel", "must be one of " + Arrays.toString(Channel.values()));
            }
        }
        List<OutboxMessage> messages = log.list(new MessageQuery(to, wanted, limit));
        return Response.ok(messages).build();
    }

    @GET
    @Path("/{id}")
    public Response one(@PathParam("id") String id) {
        return log.find(id).map(message -> Response.ok(message).build())
                .orElseGet(() -> Problem.notFound("no message " + id + " (never recorded, or evicted)"));
    }
}
