package dev.concierge.ingest.shared.web;

/**
 * Shapes and lengths shared by the request bodies, as annotation constants. Every string a body
 * carries is bounded: ids by their shape, free text by a documented maximum (see the README), so
 * no single field can make an event too large to store.
 */
public final class FieldLimits {

    /** An id given by another part of the platform (quote, store, agent): 1–100 of [A-Za-z0-9_.:-]. */
    public static final String ID = "[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}";
    public static final String ID_MESSAGE = "must be an id: 1 to 100 letters, digits or _ . : -";
    public static final int PHONE = 20;
    public static final int EMAIL = 254;
    public static final int NAME = 200;
    public static final int TAG = 50;
    public static final int TAGS = 20;

    private FieldLimits() {
    }
}
