package dev.concierge.projections.customers.domain;

import dev.concierge.schemas.common.Address;
import dev.concierge.schemas.common.Channel;
import dev.concierge.schemas.common.QuietHours;
import dev.concierge.schemas.customers.CustomerEvent.DevicePlatform;
import java.time.Instant;
import java.util.List;

/**
 * A customer as the {@code customers} read model shows them, personal fields decrypted. {@code erased}:
 * their data key was deleted, so phone, name, email and addresses read as null. {@code since} is the
 * time of their first event; {@code requestCount} how many requests the requests read model has of theirs.
 */
public record CustomerProfile(
        String customerId,
        boolean erased,
        String phone,
        String name,
        String email,
        List<SavedAddress> addresses,
        Preferences preferences,
        List<Device> devices,
        Instant since,
        Instant registeredAt,
        long requestCount) {

    public CustomerProfile {
        addresses = List.copyOf(addresses);
        devices = List.copyOf(devices);
    }

    /** {@code address} is null once erased. */
    public record SavedAddress(String addressId, String label, Address address, boolean defaultAddress) {
    }

    /** Null on a profile until the customer set them. */
    public record Preferences(List<Channel> channels, boolean marketingOptIn, String language, QuietHours quietHours) {
    }

    /** A device that receives push notifications (its token is not kept here). */
    public record Device(String deviceId, DevicePlatform platform) {
    }

    public CustomerProfile withRequestCount(long count) {
        return new CustomerProfile(customerId, erased, phone, name, email, addresses, preferences, devices, since,
                registeredAt, count);
    }
}
