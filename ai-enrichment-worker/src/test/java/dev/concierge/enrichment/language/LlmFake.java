package dev.concierge.enrichment.language;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import dev.concierge.enrichment.remote.FakeControl;
import java.io.IOException;

/**
 * An OpenAI-compatible chat completions endpoint ({@code POST /v1/chat/completions}) on a random
 * local port. It refuses what the real API would refuse or what the worker must not send (no bearer
 * key, no model, not a system and a user message, no JSON response format: 400/401), records the
 * request ({@code last-request}) and the number of calls, and answers a chat completion whose content
 * is the control's {@code reply}, after {@code delay-ms} when set, or an error with the control's
 * {@code status} when that is not 200.
 */
public final class LlmFake implements AutoCloseable {

    public static final String API_KEY = "test-llm-key";
    public static final String MODEL = "fake-gpt";

    private final ObjectMapper json = new ObjectMapper();
    private final FakeControl control;

    public LlmFake() throws IOException {
        control = new FakeControl(http -> http.createContext("/v1/chat/completions", this::complete));
    }

    public String baseUrl() {
        return control.baseUrl();
    }

    private void complete(HttpExchange exchange) throws IOException {
        control.increment("calls");
        if (!("Bearer " + API_KEY).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            FakeControl.answer(exchange, 401, "{\"error\":{\"message\":\"bad key\",\"type\":\"invalid_request_error\"}}");
            return;
        }
        JsonNode request = json.readTree(exchange.getRequestBody());
        control.set("last-request", request.toString());
        JsonNode messages = request.path("messages");
        boolean shaped = exchange.getRequestMethod().equals("POST") && MODEL.equals(request.path("model").asText())
                && messages.size() == 2 && "system".equals(messages.get(0).path("role").asText())
                && "user".equals(messages.get(1).path("role").asText())
                && "json_object".equals(request.path("response_format").path("type").asText());
        if (!shaped) {
            FakeControl.answer(exchange, 400, "{\"error\":{\"message\":\"not the expected shape\"}}");
            return;
        }
        int status = Integer.parseInt(control.get("status", "200"));
        if (status != 200) {
            FakeControl.answer(exchange, status, "{\"error\":{\"message\":\"the fake answers " + status + "\"}}");
            return;
        }
        long delay = Long.parseLong(control.get("delay-ms", "0"));
        if (delay > 0) {
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        FakeControl.answer(exchange, 200, completion(control.get("reply", "{}")).toString());
    }

    private ObjectNode completion(String content) {
        ObjectNode completion = json.createObjectNode().put("id", "chatcmpl-fake").put("object", "chat.completion")
                .put("created", 1_764_500_000L).put("model", MODEL);
        ObjectNode choice = completion.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", content);
        completion.putObject("usage").put("prompt_tokens", 1).put("completion_tokens", 1).put("total_tokens", 2);
        return completion;
    }

    @Override
    public void close() {
        control.close();
    }
}
