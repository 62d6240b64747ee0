package dev.concierge.ingest.directory.application;

import dev.concierge.ingest.shared.application.FieldError;
import dev.concierge.ingest.shared.application.InvalidInputException;
import dev.concierge.schemas.taxonomy.Taxonomy;
import java.util.ArrayList;
import java.util.List;

/**
 * Store categories and agent skills are ids of the one taxonomy in {@code schemas}: store
 * selection and agent assignment match them to a request's category by equality, so a free-form
 * "pharmacy" would silently never match "medicines-health".
 */
final class Categories {

    private Categories() {
    }

    /** {@code field} is the JSON name of the list, e.g. {@code categories}; each unknown entry is named by index. */
    static void requireKnown(List<String> ids, String field) {
        Taxonomy taxonomy = Taxonomy.standard();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            if (!taxonomy.contains(ids.get(i))) {
                errors.add(new FieldError(field + "[" + i + "]", "'" + ids.get(i)
                        + "' is not a category id; valid ids: " + String.join(", ", taxonomy.categoryIds())));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(field + ": not in the category taxonomy", errors);
        }
    }
}
