package dev.concierge.ingest.directory.application;

import dev.concierge.ingest.shared.application.InvalidInputException;
import java.util.regex.Pattern;

/** Store ({@code sto_<uuid>}) and agent ({@code agt_<uuid>}) ids, checked before any lookup. */
public final class DirectoryIds {

    public static final String STORE = "sto";
    public static final String AGENT = "agt";
    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    private DirectoryIds() {
    }

    public static String requireValid(String prefix, String id, String field) {
        if (id == null || !Pattern.matches(prefix + "_" + UUID, id)) {
            throw InvalidInputException.of(field, "is not a valid id; expected " + prefix + "_<uuid>");
        }
        return id;
    }
}
