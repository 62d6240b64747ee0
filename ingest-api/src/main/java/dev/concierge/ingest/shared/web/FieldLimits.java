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
    /** A service zone is a city name, e.g. {@code bengaluru}; it must hold a letter or digit to name one. */
    public static final int ZONE = 100;
    public static final String ZONE_PATTERN = "(?s).*[\\p{L}\\p{N}].*";
    public static final String ZONE_MESSAGE = "must name a city, e.g. bengaluru";

    private FieldLimits() {
    }
}
