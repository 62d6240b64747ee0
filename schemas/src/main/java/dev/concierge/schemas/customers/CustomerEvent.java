package dev.concierge.schemas.customers;

import dev.concierge.schemas.common.Address;
import dev.concierge.schemas.common.Channel;
import dev.concierge.schemas.common.Immutable;
import dev.concierge.schemas.common.Nullable;
import dev.concierge.schemas.envelope.EventType;
import java.util.List;

/** Values of {@code customers.events}, keyed by customer id: registration, profile, addresses, preferences. */
public sealed interface CustomerEvent {

    String customerId();

    /** A customer verified their phone for the first time. */
    @EventType("concierge.customer.registered.v1")
    record CustomerRegistered(String customerId, String phone, @Nullable String name, @Nullable String email)
            implements CustomerEvent {
    }

    @EventType("concierge.customer.profile-updated.v1")
    record CustomerProfileUpdated(String customerId, @Nullable String name, @Nullable String email)
            implements CustomerEvent {
    }

    /** Saving an existing {@code addressId} again replaces that address. */
    @EventType("concierge.customer.address-saved.v1")
    record AddressSaved(String customerId, String addressId, String label, Address address, boolean defaultAddress)
            implements CustomerEvent {
    }

    /** {@code channels} in the order the customer wants to be reached; marketing needs explicit consent. */
    @EventType("concierge.customer.notification-preferences-updated.v1")
    record NotificationPreferencesUpdated(String customerId, List<Channel> channels, boolean marketingOptIn)
            implements CustomerEvent {

        public NotificationPreferencesUpdated {
            channels = Immutable.list(channels);
        }
    }
}
