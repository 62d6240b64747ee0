package dev.concierge.ingest.requests.web;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.concierge.ingest.requests.web.CommandBodies.CommandBody;
import dev.concierge.ingest.shared.application.InvalidInputException;
import dev.concierge.ingest.shared.application.NotFoundException;
import dev.concierge.ingest.shared.web.BodyValidation;
import jakarta.inject.Singleton;
import jakarta.validation.Validator;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Maps a command name from the contract (the record name, e.g. {@code AcceptQuote}) to the body it
 * takes, reads that body strictly (unknown fields are an error) and validates it field by field.
 * {@code CreateRequest} has its own endpoint, {@code POST /v1/requests}.
 */
@Singleton
public class CommandCatalog {

    private static final Map<String, Class<? extends CommandBody>> BODIES = new TreeMap<>(Map.of(
            "AcceptQuote", CommandBodies.AcceptQuote.class,
            "CancelRequest", CommandBodies.CancelRequest.class,
            "AssignAgent", CommandBodies.AssignAgent.class,
            "RecordStoreQuote", CommandBodies.RecordStoreQuote.class,
            "SendQuote", CommandBodies.SendQuote.class,
            "UpdateFulfilment", CommandBodies.UpdateFulfilment.class,
            "RequestRefund", CommandBodies.RequestRefund.class,
            "RateRequest", CommandBodies.RateRequest.class));

    private final ObjectMapper mapper;
    private final Validator validator;

    CommandCatalog(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    public Set<String> names() {
        return BODIES.keySet();
    }

    /** Reads and validates the body of {@code name}; JSON errors surface as Jackson exceptions (→ 400). */
    public CommandBody parse(String name, JsonNode body) throws IOException {
        Class<? extends CommandBody> type = BODIES.get(name);
        if (type == null) {
            throw new NotFoundException("unknown command; known commands: " + names()
                    + ("CreateRequest".equals(name) ? " (create requests with POST /v1/requests)" : ""));
        }
        JsonNode json = body == null || body instanceof NullNode ? mapper.createObjectNode() : body;
        if (!json.isObject()) {
            throw InvalidInputException.of("$", "the body of " + name + " must be a JSON object");
        }
        CommandBody parsed = mapper.readerFor(type).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .readValue(json);
        return BodyValidation.check(validator, parsed, name);
    }
}
