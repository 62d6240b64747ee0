package dev.concierge.projections.privacy.persistence;

import dev.concierge.projections.privacy.domain.Sealed;
import org.bson.Document;
import org.bson.types.Binary;

/**
 * A {@link Sealed} value as the sub-document stored in place of the plaintext: {@code {k: key id,
 * n: nonce, c: ciphertext}}. An erased owner's value is stored as {@code {erased: true}}: nothing to decrypt.
 */
public final class SealedRows {

    private SealedRows() {
    }

    public static Document toRow(Sealed sealed) {
        return new Document("k", sealed.keyId()).append("n", new Binary(sealed.nonce()))
                .append("c", new Binary(sealed.ciphertext()));
    }

    public static Document erased() {
        return new Document("erased", true);
    }

    /** Whether a stored value is a sealed one (and not an erased marker or a plain value). */
    public static boolean isSealed(Object stored) {
        return stored instanceof Document row && row.containsKey("k") && row.containsKey("c");
    }

    public static Sealed fromRow(Document row) {
        return new Sealed(row.getString("k"), row.get("n", Binary.class).getData(), row.get("c", Binary.class).getData());
    }
}
