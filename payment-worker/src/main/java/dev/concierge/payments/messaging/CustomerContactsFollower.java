package dev.concierge.payments.messaging;

import dev.concierge.payments.application.CustomerContacts;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.customers.CustomerEvent;
import dev.concierge.schemas.customers.CustomerEvent.CustomerProfileUpdated;
import dev.concierge.schemas.customers.CustomerEvent.CustomerRegistered;
import dev.concierge.schemas.envelope.EventCodec;
import dev.concierge.schemas.envelope.EventDecodingException;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.Record;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Follows {@code customers.events} for the phone and email a payment link prefills; the other
 * customer events (addresses, preferences, devices) say nothing about that. Poison records go to
 * {@code customers.events.dlq}.
 */
@ApplicationScoped
public class CustomerContactsFollower {

    private final CustomerContacts contacts;
    private final EventCodec codec;

    CustomerContactsFollower(CustomerContacts contacts, EventCodec codec) {
        this.contacts = contacts;
        this.codec = codec;
    }

    @Incoming("customer-contacts")
    @Blocking
    @Retry(maxRetries = 5, delay = 500, jitter = 200, abortOn = EventDecodingException.class)
    public void follow(Record<String, byte[]> record) {
        CustomerEvent event = codec.decode(record.value(), Topics.CUSTOMERS_EVENTS).data();
        if (event instanceof CustomerRegistered registered) {
            contacts.update(registered.customerId(), registered.phone(), registered.email());
        } else if (event instanceof CustomerProfileUpdated updated) {
            contacts.update(updated.customerId(), null, updated.email());
        }
    }
}
