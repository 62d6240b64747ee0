package dev.concierge.enrichment.language.domain;

import dev.concierge.enrichment.text.domain.Question;
import dev.concierge.enrichment.text.domain.TextAnalysis;
import dev.concierge.schemas.taxonomy.Attribute;
import dev.concierge.schemas.taxonomy.Category;
import dev.concierge.schemas.taxonomy.Taxonomy;
import java.util.List;

/** Gathers what the model is shown: the request, the local analysis and the taxonomy it must answer in. */
final class RefinementPrompts {

    private RefinementPrompts() {
    }

    static RefinementRequest request(Taxonomy taxonomy, RefinementInput input, TextAnalysis local) {
        List<Attribute> attributes = taxonomy.category(local.category()).map(Category::attributes).orElse(List.of())
                .stream().map(id -> taxonomy.attribute(id).orElseThrow()).toList();
        return new RefinementRequest(input.text(), input.photoText(), input.photoLabels(), local.register().name(),
                new RefinementRequest.LocalAnalysis(local.category(), local.subcategory(), local.confidence(),
                        local.brand(), local.productName(), local.specs(), local.missingAttributes(),
                        local.questions().stream().map(Question::text).toList()),
                attributes, Refiner.categoryIds(taxonomy), input.askedQuestions(), input.answers());
    }
}
