package dev.concierge.projections.privacy.persistence;

import dev.concierge.projections.privacy.application.Vault;
import dev.concierge.projections.privacy.domain.KeyOwner;
import dev.concierge.projections.privacy.domain.Revealed;
import java.util.List;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;

/**
 * Encrypts chosen fields of a document before it is stored and decrypts them when it is read, for
 * every read model that keeps personal data. A field is named by a path ({@code "deliveryAddress"},
 * {@code "rating.comment"}); its value, of any BSON type, is sealed as the JSON {@code {"v": value}}.
 * A value that is not sealed (written before encryption existed) is read as it is.
 */
public final class FieldSealer {

    private static final JsonWriterSettings RELAXED = JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).build();

    private final Vault vault;

    public FieldSealer(Vault vault) {
        this.vault = vault;
    }

    /** Replaces every present, non-null value at {@code paths} with its sealed form, or the erased marker. */
    public void seal(Document document, KeyOwner owner, List<String> paths) {
        for (String path : paths) {
            Document parent = parentOf(document, path);
            String field = leaf(path);
            if (parent != null && parent.get(field) != null) {
                parent.put(field, seal(owner, parent.get(field)));
            }
        }
    }

    /** The sealed form of one value (any BSON value), or the erased marker. */
    public Document seal(KeyOwner owner, Object value) {
        String plain = new Document("v", value).toJson(RELAXED);
        return vault.seal(owner, plain).map(SealedRows::toRow).orElseGet(SealedRows::erased);
    }

    /** Puts the plaintext back at {@code paths} (null where erased); answers whether any value was erased. */
    public boolean open(Document document, List<String> paths) {
        boolean erased = false;
        for (String path : paths) {
            Document parent = parentOf(document, path);
            String field = leaf(path);
            if (parent != null && parent.get(field) != null) {
                Opened opened = open(parent.get(field));
                parent.put(field, opened.value());
                erased |= opened.erased();
            }
        }
        return erased;
    }

    /** One stored value opened: the original BSON value, or null and erased. */
    public Opened open(Object stored) {
        if (isErasedMarker(stored)) {
            return new Opened(null, true);
        }
        if (!SealedRows.isSealed(stored)) {
            return new Opened(stored, false);
        }
        Revealed revealed = vault.open(SealedRows.fromRow((Document) stored));
        return revealed.erased() ? new Opened(null, true) : new Opened(Document.parse(revealed.value()).get("v"), false);
    }

    /** A text field opened: its plaintext, or {@link Revealed#ERASED}. */
    public Revealed openText(Object stored) {
        Opened opened = open(stored);
        return opened.erased() ? Revealed.ERASED : Revealed.of((String) opened.value());
    }

    /** The blind index of a text under the owner; none once the owner's data was erased. */
    public List<String> searchTokens(KeyOwner owner, String text) {
        return vault.isErased(owner) ? List.of() : vault.searchTokens(text);
    }

    /** The blind index of what someone searches for. */
    public List<String> searchTokens(String text) {
        return vault.searchTokens(text);
    }

    public record Opened(Object value, boolean erased) {
    }

    private static boolean isErasedMarker(Object stored) {
        return stored instanceof Document row && Boolean.TRUE.equals(row.get("erased")) && !row.containsKey("c");
    }

    private static Document parentOf(Document document, String path) {
        Document parent = document;
        String[] steps = path.split("\\.");
        for (int i = 0; i < steps.length - 1 && parent != null; i++) {
            Object next = parent.get(steps[i]);
            parent = next instanceof Document nested ? nested : null;
        }
        return parent;
    }

    private static String leaf(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }
}
