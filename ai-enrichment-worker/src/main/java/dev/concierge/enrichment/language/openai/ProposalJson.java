package dev.concierge.enrichment.language.openai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.concierge.enrichment.language.domain.LanguageReply;
import dev.concierge.enrichment.language.domain.Proposal;
import dev.concierge.enrichment.language.domain.Proposal.ProposedQuestion;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the model's content into a {@link Proposal}; anything not in the asked shape is "invalid output" with what was wrong. */
final class ProposalJson {

    private ProposalJson() {
    }

    static LanguageReply read(ObjectMapper json, String content) {
        JsonNode root;
        try {
            root = json.readTree(content == null ? "" : content);
        } catch (JsonProcessingException e) {
            return invalid("not JSON");
        }
        if (root == null || !root.isObject()) {
            return invalid("not a JSON object");
        }
        if (!root.path("specs").isMissingNode() && !root.path("specs").isNull() && !root.path("specs").isObject()) {
            return invalid("specs is not an object");
        }
        if (!root.path("questions").isMissingNode() && !root.path("questions").isNull() && !root.path("questions").isArray()) {
            return invalid("questions is not a list");
        }
        Map<String, String> specs = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = root.path("specs").fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!field.getValue().isValueNode() || field.getValue().isNull()) {
                return invalid("spec " + field.getKey() + " is not a value");
            }
            specs.put(field.getKey(), field.getValue().asText());
        }
        List<ProposedQuestion> questions = new ArrayList<>();
        for (JsonNode question : root.path("questions")) {
            if (!question.isObject() || !question.path("question").isTextual()) {
                return invalid("a question is not {attribute, question}");
            }
            questions.add(new ProposedQuestion(text(question, "attribute"), text(question, "question")));
        }
        return new LanguageReply.Proposed(new Proposal(text(root, "category"), text(root, "subcategory"),
                text(root, "brand"), text(root, "productName"), specs, questions));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() && !value.asText().isBlank() ? value.asText() : null;
    }

    private static LanguageReply invalid(String why) {
        return new LanguageReply.Failed(OpenAiLanguageModel.PROVIDER + ": invalid output (" + why + ")");
    }
}
