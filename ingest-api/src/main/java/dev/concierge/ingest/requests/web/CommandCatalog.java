package dev.concierge.ingest.requests.web;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.concierge.ingest.requests.web.CommandBodies.CommandBody;
import dev.concierge.ingest.shared.application.InvalidInputException;
import dev.concierge.ingest.shared.application.NotFoundException;
import dev.concierge.ingest.shared.web.BodyValidation;
import dev.concierge.schemas.requests.RequestCommand;
import jakarta.inject.Singleton;
import jakarta.validation.Validator;
import java.io.IOException;
import java.util.Collections;
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

    private static final Map<String, Class<? extends CommandBody>> BODIES = bodiesOfEveryCommand();

    private final ObjectMapper mapper;
    private final Validator validator;

    CommandCatalog(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    /** The command names {@code /commands/{name}} takes, in order. */
    public static Set<String> names() {
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

    /**
     * One body per record of the sealed {@link RequestCommand} hierarchy, found by name in
     * {@link CommandBodies}, so the hierarchy stays the one list of commands: a record without a body
     * stops the service at start instead of being unreachable.
     */
    private static Map<String, Class<? extends CommandBody>> bodiesOfEveryCommand() {
        Map<String, Class<? extends CommandBody>> bodies = new TreeMap<>();
        Map<String, Class<?>> declared = new TreeMap<>();
        for (Class<?> body : CommandBodies.class.getDeclaredClasses()) {
            declared.put(body.getSimpleName(), body);
        }
        for (Class<?> command : RequestCommand.class.getPermittedSubclasses()) {
            if (command == RequestCommand.CreateRequest.class) {
                continue; // POST /v1/requests
            }
            Class<?> body = declared.get(command.getSimpleName());
            if (body == null || !CommandBody.class.isAssignableFrom(body)) {
                throw new IllegalStateException("no CommandBodies." + command.getSimpleName() + " for " + command.getName());
            }
            bodies.put(command.getSimpleName(), body.asSubclass(CommandBody.class));
        }
        return Collections.unmodifiableMap(bodies);
    }
}
