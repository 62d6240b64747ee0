package dev.concierge.ingest.requests.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.concierge.ingest.requests.application.NewRequest;
import dev.concierge.ingest.requests.application.RequestIds;
import dev.concierge.ingest.requests.application.RequestWrites;
import dev.concierge.ingest.requests.application.RequestWrites.Accepted;
import dev.concierge.ingest.requests.web.RequestBodies.CreateRequestBody;
import dev.concierge.ingest.requests.web.RequestBodies.MessageBody;
import dev.concierge.ingest.requests.web.RequestBodies.ReadBody;
import dev.concierge.ingest.shared.application.Caller;
import dev.concierge.ingest.shared.application.InvalidInputException;
import dev.concierge.ingest.shared.web.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "requests", description = "Customer requests, chat messages, request commands, typing")
public class RequestsResource {

    static final String ACCEPTED_EXAMPLE =
            "{\"requestId\": \"req_0b8e2c1e-5d7a-4f43-9a53-0f4a3d1c9e21\", \"eventId\": \"6f1d…\"}";

    @Inject
    RequestWrites writes;
    @Inject
    CommandCatalog commands;
    @Inject
    CurrentCaller caller;

    @POST
    @Path("/requests")
    @RolesAllowed("customer")
    @Operation(summary = "Ask for a product (CreateRequest on requests.commands)",
            description = "Needs text, mediaIds from POST /v1/media, or both. Answers once Kafka stored the command.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "request", value = """
            {"text": "Dolo 650 strip, 2 packs", "mediaIds": [],
             "deliveryAddress": {"line1": "12 MG Road", "city": "Bengaluru", "pincode": "560001",
                                 "location": {"lat": 12.9756, "lon": 77.6050}},
             "categoryHint": "medicines-health"}""")))
    @APIResponse(responseCode = "202", description = "Stored on Kafka",
            content = @Content(examples = @ExampleObject(name = "accepted", value = ACCEPTED_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Invalid fields (problem+json with the field list)")
    @APIResponse(responseCode = "503", description = "Kafka unavailable; nothing stored (Retry-After)")
    public Response create(@Valid @NotNull CreateRequestBody body) {
        Accepted accepted = writes.create(caller.get(), body.toNewRequest());
        return Response.accepted(accepted).build();
    }

    @POST
    @Path("/requests/{id}/messages")
    @RolesAllowed({"customer", "agent", "admin"})
    @Operation(summary = "Post a chat message on a request (chat.messages)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "message",
            value = "{\"text\": \"Any brand is fine\", \"mediaIds\": []}")))
    @APIResponse(responseCode = "202", description = "Stored on Kafka",
            content = @Content(examples = @ExampleObject(name = "accepted", value = ACCEPTED_EXAMPLE)))
    @APIResponse(responseCode = "403", description = "Another customer's request")
    @APIResponse(responseCode = "404", description = "No such request")
    public Response postMessage(@PathParam("id") String requestId, MessageBody body) {
        // no Bean Validation on the busiest endpoint: RequestWrites checks the same limits (before the
        // ownership lookup, as validation did) and names the same fields, at a fraction of the cost
        if (body == null) {
            throw InvalidInputException.of("body", "a chat message needs a JSON object body");
        }
        return Response.accepted(writes.postMessage(caller.get(), requestId, body.text(), body.mediaIds())).build();
    }

    @POST
    @Path("/requests/{id}/read")
    @RolesAllowed({"customer", "agent", "admin"})
    @Operation(summary = "Mark the conversation read up to a message (MessagesRead on chat.messages)",
            description = "A read receipt: the caller's side (the customer, or staff) has read upToMessageId and "
                    + "every earlier message of the other side.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "read",
            value = "{\"upToMessageId\": \"msg_2b7d4f1a-6c90-4e3a-8d1b-5e0c2a478d1b\"}")))
    @APIResponse(responseCode = "202", description = "Stored on Kafka",
            content = @Content(examples = @ExampleObject(name = "accepted", value = ACCEPTED_EXAMPLE)))
    @APIResponse(responseCode = "403", description = "Another customer's request")
    @APIResponse(responseCode = "404", description = "No such request")
    public Response read(@PathParam("id") String requestId, @Valid @NotNull ReadBody body) {
        return Response.accepted(writes.markRead(caller.get(), requestId, body.upToMessageId())).build();
    }

    @POST
    @Path("/requests/{id}/commands/{name}")
    @RolesAllowed({"customer", "agent", "admin"})
    @Operation(summary = "Issue a request command (requests.commands)",
            description = "name is the command record: AcceptQuote {quoteId}, CancelRequest {reason}, AssignAgent {agentId}, "
                    + "RecordStoreQuote {storeId, available, price?, note?}, SendQuote {storeId, itemPrice, deliveryFee, "
                    + "description?, expiresAt?}, UpdateFulfilment {stage, riderName?, riderPhone?, eta?, note?}, "
                    + "RequestRefund {amount?, reason}, RateRequest {rating 1-5, comment?}, ResendPaymentLink {} (staff: "
                    + "the customer is sent the live payment link again). Money is "
                    + "{amountMinor, currency}. Customers may accept, cancel, refund and rate their own requests; "
                    + "staff quote, source and deliver.")
    @RequestBody(content = @Content(schema = @Schema(oneOf = {CommandBodies.AcceptQuote.class,
            CommandBodies.CancelRequest.class, CommandBodies.AssignAgent.class, CommandBodies.RecordStoreQuote.class,
            CommandBodies.SendQuote.class, CommandBodies.UpdateFulfilment.class, CommandBodies.RequestRefund.class,
            CommandBodies.RateRequest.class, CommandBodies.ResendPaymentLink.class}), examples = {
            @ExampleObject(name = "AcceptQuote", value = "{\"quoteId\": \"quo_5e0c2a47-8d1b-4c6f-9e3a-2b7d4f1a6c90\"}"),
            @ExampleObject(name = "CancelRequest", value = "{\"reason\": \"found it at home\"}"),
            @ExampleObject(name = "AssignAgent", value = "{\"agentId\": \"agt_7d2e9b14-3c5a-4f8e-a1b6-0e9c8d7f6a52\"}"),
            @ExampleObject(name = "RecordStoreQuote", value = """
                    {"storeId": "sto_3c1f8a2e-6b4d-4e9a-b7c5-1d0e2f3a4b5c", "available": true,
                     "price": {"amountMinor": 6400, "currency": "INR"}, "note": "2 strips in stock"}"""),
            @ExampleObject(name = "SendQuote", value = """
                    {"storeId": "sto_3c1f8a2e-6b4d-4e9a-b7c5-1d0e2f3a4b5c", "itemPrice": {"amountMinor": 6400, "currency": "INR"},
                     "deliveryFee": {"amountMinor": 2500, "currency": "INR"}, "description": "Dolo 650, 2 strips"}"""),
            @ExampleObject(name = "UpdateFulfilment", value = """
                    {"stage": "OUT_FOR_DELIVERY", "riderName": "Imran", "riderPhone": "+919822222222",
                     "eta": "2026-11-30T10:15:00Z"}"""),
            @ExampleObject(name = "RequestRefund", value = """
                    {"amount": {"amountMinor": 2500, "currency": "INR"}, "reason": "delivered late"}"""),
            @ExampleObject(name = "RateRequest", value = "{\"rating\": 5, \"comment\": \"Quick!\"}"),
            @ExampleObject(name = "ResendPaymentLink", value = "{}")}))
    @APIResponse(responseCode = "202", description = "Stored on Kafka",
            content = @Content(examples = @ExampleObject(name = "accepted", value = ACCEPTED_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "Unknown command or request")
    public Response command(@PathParam("id") String requestId,
            @Parameter(description = "command record name, e.g. AcceptQuote") @PathParam("name") String name,
            JsonNode body) throws IOException {
        Caller who = caller.get();
        RequestIds.requireValid(requestId, "requestId");
        var command = commands.parse(name, body).toCommand(requestId, who.asActor());
        return Response.accepted(writes.submit(who, command)).build();
    }

    @POST
    @Path("/requests/{id}/typing")
    @RolesAllowed({"customer", "agent", "admin"})
    @Operation(summary = "Signal 'typing…' to the other side (Redis pub/sub, not stored)")
    @APIResponse(responseCode = "204", description = "Signalled")
    public Response typing(@PathParam("id") String requestId) {
        writes.typing(caller.get(), requestId);
        return Response.noContent().build();
    }
}
