package dev.concierge.payments.application;

import java.util.Optional;

/** Customers' phone and email, followed from {@code customers.events}, to prefill the gateway's checkout. */
public interface CustomerContacts {

    record Contact(String phone, String email) {
    }

    Optional<Contact> of(String customerId);

    /** Sets what is given; a null field keeps what was known. */
    void update(String customerId, String phone, String email);
}
