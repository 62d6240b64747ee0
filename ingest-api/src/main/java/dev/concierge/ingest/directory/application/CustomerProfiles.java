package dev.concierge.ingest.directory.application;

import dev.concierge.ingest.auth.application.CustomerAccounts;
import dev.concierge.ingest.auth.application.StaffSignIn;
import dev.concierge.ingest.shared.application.Caller;
import dev.concierge.ingest.shared.application.EventPublisher;
import dev.concierge.ingest.shared.application.IdGenerator;
import dev.concierge.ingest.shared.application.InvalidInputException;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.common.Address;
import dev.concierge.schemas.common.Channel;
import dev.concierge.schemas.customers.CustomerEvent.AddressSaved;
import dev.concierge.schemas.customers.CustomerEvent.CustomerProfileUpdated;
import dev.concierge.schemas.customers.CustomerEvent.NotificationPreferencesUpdated;
import java.util.List;
import java.util.Optional;

/** A customer's own profile, saved addresses and notification preferences. */
public final class CustomerProfiles {

    private final EventPublisher events;
    private final CustomerAccounts customers;
    private final IdGenerator ids;

    public CustomerProfiles(EventPublisher events, CustomerAccounts customers, IdGenerator ids) {
        this.events = events;
        this.customers = customers;
        this.ids = ids;
    }

    public Written updateProfile(Caller caller, String name, String email) {
        Written.requireRole(caller, Caller.Role.CUSTOMER, "update a customer profile");
        return new Written(caller.id(), events.publish(Topics.CUSTOMERS_EVENTS, caller.id(),
                new CustomerProfileUpdated(caller.id(), name, email == null ? null : StaffSignIn.normaliseEmail(email)))
                .eventId());
    }

    /** A new address unless {@code addressId} names one to replace; the default one is kept for WhatsApp requests. */
    public Written saveAddress(Caller caller, String addressId, String label, Address address, boolean makeDefault) {
        Written.requireRole(caller, Caller.Role.CUSTOMER, "save customer addresses");
        String id = addressId == null ? ids.next("adr") : addressId;
        String eventId = events.publish(Topics.CUSTOMERS_EVENTS, caller.id(),
                new AddressSaved(caller.id(), id, label, address, makeDefault)).eventId();
        if (makeDefault) {
            customers.saveDefaultAddress(caller.id(), address);
        }
        return new Written(id, eventId);
    }

    /** The address saved with {@code makeDefault}, which a new request without an address is delivered to. */
    public Optional<Address> defaultAddress(String customerId) {
        return customers.byId(customerId).map(CustomerAccounts.CustomerAccount::defaultAddress);
    }

    public Written notificationPreferences(Caller caller, List<Channel> channels, boolean marketingOptIn) {
        Written.requireRole(caller, Caller.Role.CUSTOMER, "set notification preferences");
        if (channels.stream().distinct().count() != channels.size()) {
            throw InvalidInputException.of("channels", "list each channel once, in the order you prefer");
        }
        return new Written(caller.id(), events.publish(Topics.CUSTOMERS_EVENTS, caller.id(),
                new NotificationPreferencesUpdated(caller.id(), channels, marketingOptIn)).eventId());
    }
}
