package dev.concierge.ingest.batch.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.concierge.ingest.requests.application.RequestIds;
import dev.concierge.ingest.requests.application.RequestWrites;
import dev.concierge.ingest.requests.application.RequestWrites.Accepted;
import dev.concierge.ingest.requests.web.CommandBodies.CommandBody;
import dev.concierge.ingest.requests.web.CommandCatalog;
import dev.concierge.ingest.requests.web.RequestBodies.CreateRequestBody;
import dev.concierge.ingest.requests.web.RequestBodies.MessageBody;
import dev.concierge.ingest.shared.application.Caller;
import dev.concierge.ingest.shared.application.ConflictException;
import dev.concierge.ingest.shared.application.InvalidInputException;
import dev.concierge.ingest.shared.application.OnceOnly;
import dev.concierge.ingest.shared.application.PayloadTooLargeException;
import dev.concierge.ingest.shared.application.TooManyRequestsException;
import dev.concierge.ingest.shared.web.BodyValidation;
import dev.concierge.ingest.shared.web.CurrentCaller;
import dev.concierge.ingest.shared.web.CustomMethodPaths;
import dev.concierge.ingest.shared.web.RequestBudgets;
import dev.concierge.ingest.shared.web.problems.ProblemOutcomes;
import dev.concierge.schemas.requests.RequestCommand;
import io.quarkus.vertx.http.Compressed;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(CustomMethodPaths.BATCH_PATH)
@Tag(name = "batch", description = "NDJSON writes buffered by offline apps")
public class BatchResource {

    public static final String NDJSON = "application/x-ndjson";
    public static final int MAX_LINES = 1000;
    private static final Pattern CLIENT_EVENT_ID = Pattern.compile("[\\x21-\\x7E]{1,100}");

    private static final String CREATE_REQUEST = RequestCommand.CreateRequest.class.getSimpleName();
    private static final String POST_MESSAGE = "PostMessage";

    /**
     * The two ops that have their own endpoints ({@code POST /v1/requests} and
     * {@code POST /v1/requests/{id}/messages}); every other op goes to the {@link CommandCatalog}
     * behind {@code /commands/{name}}, so a new command is accepted here with no edit.
     */
    private final Map<String, LineWrite> ownEndpoints = Map.of(CREATE_REQUEST, this::create, POST_MESSAGE, this::postMessage);

    @Inject
    RequestWrites writes;
    @Inject
    CommandCatalog commands;
    @Inject
    CurrentCaller currentCaller;
    @Inject
    ObjectMapper mapper;
    @Inject
    Validator validator;
    @Inject
    OnceOnly onceOnly;
    @Inject
    RequestBudgets budgets;
    @ConfigProperty(name = "concierge.idempotency.replay-window")
    Duration replayWindow;

    @POST
    @Compressed
    @Consumes({NDJSON, MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"customer", "agent", "admin"})
    @Operation(summary = "POST /v1/events:batch — write up to 1000 NDJSON lines, each on its own, with a result per line",
            description = "Each line: {clientEventId, op, requestId?, body}. op is CreateRequest, PostMessage or a "
                    + "command name. A clientEventId seen before (24 h) replays that line's first result. Each line that "
                    + "writes spends one permit of the caller's rate limits; lines past the budget answer 429 and write nothing.")
    @RequestBody(content = @Content(mediaType = NDJSON, examples = @ExampleObject(name = "two lines", value = """
            {"clientEventId": "c-1", "op": "PostMessage", "requestId": "req_0b8e2c1e-5d7a-4f43-9a53-0f4a3d1c9e21", "body": {"text": "also 1 Crocin"}}
            {"clientEventId": "c-2", "op": "CancelRequest", "requestId": "req_0b8e2c1e-5d7a-4f43-9a53-0f4a3d1c9e21", "body": {"reason": "found it"}}""")))
    @APIResponse(responseCode = "200", description = "Per-line results",
            content = @Content(examples = @ExampleObject(name = "results", value = """
                    {"accepted": 1, "rejected": 1, "results": [{"line": 1, "clientEventId": "c-1", "status": 202, "eventId": "6f1d…"},
                     {"line": 2, "clientEventId": "c-2", "status": 404, "problem": {"type": "/problems/not-found"}}]}""")))
    @APIResponse(responseCode = "413", description = "More than 1000 lines")
    public BatchResult write(byte[] ndjson, @Context HttpServerRequest http) {
        Caller caller = currentCaller.get();
        String address = http.remoteAddress().hostAddress();
        List<String> lines = NdjsonLines.split(ndjson);
        long nonEmpty = lines.stream().filter(line -> line == null || !line.isBlank()).count();
        if (nonEmpty > MAX_LINES) {
            throw new PayloadTooLargeException("a batch holds at most " + MAX_LINES + " lines; this one has " + nonEmpty);
        }
        if (nonEmpty == 0) {
            throw InvalidInputException.of("body", "send one JSON object per line (application/x-ndjson)");
        }
        List<LineResult> results = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i) == null || !lines.get(i).isBlank()) {
                results.add(line(caller, address, i + 1, lines.get(i)));
            }
        }
        long accepted = results.stream().filter(result -> result.status() == 202).count();
        return new BatchResult(accepted, results.size() - accepted, results);
    }

    private LineResult line(Caller caller, String address, int number, String json) {
        return ProblemOutcomes.attempt(() -> {
            if (json == null) {
                throw InvalidInputException.of("line " + number, "is not valid UTF-8");
            }
            BatchLine line = mapper.readerFor(BatchLine.class)
                    .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(json);
            if (line.clientEventId() == null) {
                spendBudget(caller, address);
                return write(caller, number, line);
            }
            if (!CLIENT_EVENT_ID.matcher(line.clientEventId()).matches()) {
                throw InvalidInputException.of("clientEventId", "1–100 visible ASCII characters, e.g. a UUID");
            }
            OnceOnly.Once<LineResult> once = onceOnly.once("batch:" + caller.id() + "|" + line.clientEventId(),
                    replayWindow, () -> {
                        spendBudget(caller, address);
                        return write(caller, number, line);
                    }, this::json);
            if (once.running()) {
                throw new ConflictException("a line with this clientEventId is still being written; send it again shortly");
            }
            return once.isFirst() ? once.first() : mapper.readValue(once.replayed(), LineResult.class).atLine(number).asReplay();
        }, problem -> new LineResult(number, null, problem.status(), null, null, null, problem));
    }

    /**
     * Every line that would write spends a permit of the same budgets a single write spends (a
     * replayed line does not): past the budget a line answers 429 and produces nothing, while the
     * lines before it stand.
     */
    private void spendBudget(Caller caller, String address) {
        Optional<RequestBudgets.Refusal> refusal = budgets.spend(address, caller.id());
        if (refusal.isPresent()) {
            throw new TooManyRequestsException("the request budget is used up; send this line again later",
                    refusal.get().retryAfter());
        }
    }

    private String json(LineResult result) {
        try {
            return mapper.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a LineResult is always serialisable", e);
        }
    }

    private LineResult write(Caller caller, int number, BatchLine line) throws IOException {
        if (line.op() == null || line.op().isBlank()) {
            throw InvalidInputException.of("op", CREATE_REQUEST + ", " + POST_MESSAGE
                    + " or a command name such as CancelRequest");
        }
        Accepted accepted = ownEndpoints.getOrDefault(line.op(), this::command).write(caller, line);
        return new LineResult(number, line.clientEventId(), 202, accepted.requestId(), accepted.eventId(), null, null);
    }

    private Accepted create(Caller caller, BatchLine line) throws IOException {
        CreateRequestBody body = mapper.treeToValue(line.body(), CreateRequestBody.class);
        return writes.create(caller, BodyValidation.check(validator, body, CREATE_REQUEST).toNewRequest());
    }

    private Accepted postMessage(Caller caller, BatchLine line) throws IOException {
        MessageBody body = BodyValidation.check(validator, mapper.treeToValue(line.body(), MessageBody.class), POST_MESSAGE);
        return writes.postMessage(caller, line.requestId(), body.text(), body.mediaIds());
    }

    /** Any other op is a command name, read exactly as {@code POST /v1/requests/{id}/commands/{name}} reads it. */
    private Accepted command(Caller caller, BatchLine line) throws IOException {
        CommandBody body = commands.parse(line.op(), line.body());
        return writes.submit(caller, body.toCommand(RequestIds.requireValid(line.requestId(), "requestId"),
                caller.asActor()));
    }

    @FunctionalInterface
    private interface LineWrite {
        Accepted write(Caller caller, BatchLine line) throws IOException;
    }

    public record BatchResult(long accepted, long rejected, List<LineResult> results) {
    }
}
