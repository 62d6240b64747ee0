package dev.concierge.projections.support;

import dev.concierge.schemas.common.Address;
import dev.concierge.schemas.common.Channel;
import dev.concierge.schemas.customers.CustomerEvent;
import dev.concierge.schemas.customers.CustomerEvent.AddressSaved;
import dev.concierge.schemas.customers.CustomerEvent.CustomerProfileUpdated;
import dev.concierge.schemas.customers.CustomerEvent.CustomerRegistered;
import dev.concierge.schemas.customers.CustomerEvent.DevicePlatform;
import dev.concierge.schemas.customers.CustomerEvent.DeviceRegistered;
import dev.concierge.schemas.customers.CustomerEvent.NotificationPreferencesUpdated;
import dev.concierge.schemas.envelope.CloudEvent;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A customer's events as ingest-api writes them to {@code customers.events}, with a unique customer
 * id and phone so tests sharing the broker and the read model never see each other's.
 */
public final class CustomerJourney {

    public final String customerId = "cus_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    public final String phone = "+9198" + String.format("%08d", Math.abs(customerId.hashCode()) % 100_000_000);
    public final String name = "Asha " + customerId.substring(4, 10);
    public final String email = customerId + "@example.in";
    public final Address home = new Address("14, Lavelle Road " + customerId.substring(4, 10), null, "Ashok Nagar",
            "Bengaluru", "560001", null);
    public final Instant registeredAt;

    public CustomerJourney(Instant registeredAt) {
        this.registeredAt = registeredAt;
    }

    public CloudEvent<CustomerEvent> registered() {
        return event(0, new CustomerRegistered(customerId, phone, name, email));
    }

    public CloudEvent<CustomerEvent> profileUpdated(long second, String newName) {
        return event(second, new CustomerProfileUpdated(customerId, newName, email));
    }

    public CloudEvent<CustomerEvent> addressSaved(long second, String addressId, Address address, boolean isDefault) {
        return event(second, new AddressSaved(customerId, addressId, "home", address, isDefault));
    }

    public CloudEvent<CustomerEvent> preferences(long second) {
        return event(second, new NotificationPreferencesUpdated(customerId, List.of(Channel.WHATSAPP, Channel.EMAIL),
                false));
    }

    public CloudEvent<CustomerEvent> device(long second, String deviceId) {
        return event(second, new DeviceRegistered(customerId, deviceId, DevicePlatform.ANDROID, "fcm-token-" + deviceId));
    }

    private CloudEvent<CustomerEvent> event(long second, CustomerEvent data) {
        return CloudEvent.of(UUID.randomUUID().toString(), "ingest-api", registeredAt.plusSeconds(second), customerId,
                data);
    }
}
