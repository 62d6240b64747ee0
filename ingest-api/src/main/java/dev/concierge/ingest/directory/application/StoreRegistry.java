package dev.concierge.ingest.directory.application;

import java.util.Optional;

/** Registered stores by WhatsApp number, so inbound messages can be attributed to a store. */
public interface StoreRegistry {

    /** False when another store already uses this phone number. */
    boolean register(String storeId, String phone);

    /** Moves the store to a new number; false when another store already uses it. */
    boolean changePhone(String storeId, String phone);

    boolean exists(String storeId);

    Optional<String> storeIdByPhone(String phone);
}
