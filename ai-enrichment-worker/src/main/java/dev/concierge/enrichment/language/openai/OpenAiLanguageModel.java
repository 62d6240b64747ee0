package dev.concierge.enrichment.language.openai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.concierge.enrichment.language.domain.LanguageModel;
import dev.concierge.enrichment.language.domain.LanguageReply;
import dev.concierge.enrichment.language.domain.RefinementRequest;
import dev.concierge.enrichment.remote.RemoteCall;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * An OpenAI-compatible chat completions API through langchain4j's OpenAI client: the system message
 * says what to answer and in which shape, the user message is the {@link RefinementRequest} as JSON,
 * and JSON output is requested ({@code response_format: json_object}). The client does not retry;
 * {@link RemoteCall} owns the timeout, the retry and the circuit breaker.
 */
public final class OpenAiLanguageModel implements LanguageModel {

    public static final String PROVIDER = "llm";

    static final String INSTRUCTIONS = """
            You help a quick-commerce concierge in India understand what a customer wants to buy. The user
            message is JSON: the customer's text (English or Hinglish), text read from their photos, what the
            photos show, the local analysis (category, subcategory, confidence, brand, product, specs, missing
            attributes, questions), the attributes that matter for that category, every category id with its
            subcategory ids, and the questions already asked with the customer's answers.
            Answer with one JSON object and nothing else:
            {"category": "<category id>", "subcategory": "<subcategory id of that category or null>",
             "brand": "<brand or null>", "productName": "<short product name or null>",
             "specs": {"<attribute id>": "<value with unit>"},
             "questions": [{"attribute": "<attribute id>", "question": "<question>"}]}
            Use only the category, subcategory and attribute ids given. Keep every spec the local analysis read
            from the text. Ask at most three short questions, only about attributes still unknown that a shop
            needs to find the item, never about what the text, the photos or an answer already says, never one
            already asked; write them in the customer's register (Hinglish when register is HINGLISH).
            """;

    private final ChatModel chat;
    private final RemoteCall remote;
    private final ObjectMapper json = JsonMapper.builder().build();

    OpenAiLanguageModel(ChatModel chat, RemoteCall remote) {
        this.chat = chat;
        this.remote = remote;
    }

    public static OpenAiLanguageModel connect(LlmConfiguration configuration, RemoteCall remote) {
        ChatModel chat = OpenAiChatModel.builder()
                .baseUrl(configuration.baseUrl() + "/v1")
                .apiKey(configuration.apiKey().orElseThrow())
                .modelName(configuration.model())
                .temperature(0.0)
                .responseFormat("json_object")
                .timeout(remote.settings().timeout())
                .maxRetries(0)
                .build();
        return new OpenAiLanguageModel(chat, remote);
    }

    @Override
    public String provider() {
        return PROVIDER;
    }

    @Override
    public Optional<String> inactiveReason() {
        return Optional.empty();
    }

    @Override
    public LanguageReply propose(RefinementRequest request) {
        ChatRequest chatRequest = ChatRequest.builder()
                .messages(SystemMessage.from(INSTRUCTIONS), UserMessage.from(asJson(request)))
                .build();
        // parsing happens inside the guarded call but never throws: unreadable output is not an outage
        return remote.call(() -> ProposalJson.read(json, chat.chat(chatRequest).aiMessage().text()),
                LanguageReply.class, LanguageReply.Failed::new);
    }

    private String asJson(RefinementRequest request) {
        try {
            return json.writeValueAsString(request);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
