package dev.concierge.ingest.auth.application;

import dev.concierge.schemas.common.Address;
import java.util.Optional;

/** Customers known to the write side: id by verified phone, plus what WhatsApp intake needs. */
public interface CustomerAccounts {

    /** The account for this phone, created (unregistered) when it is new. Safe under concurrency. */
    CustomerAccount findOrCreate(String phone, String newId);

    Optional<CustomerAccount> byPhone(String phone);

    Optional<CustomerAccount> byId(String customerId);

    /** Marks that CustomerRegistered was stored on Kafka for this customer. */
    void markRegistered(String customerId);

    void saveDefaultAddress(String customerId, Address address);

    record CustomerAccount(String id, String phone, boolean registered, Address defaultAddress) {
    }
}
