package dev.concierge.ingest.directory.application;

import dev.concierge.ingest.shared.application.Caller;
import dev.concierge.ingest.shared.application.EventPublisher;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.customers.CustomerEvent.DevicePlatform;
import dev.concierge.schemas.customers.CustomerEvent.DeviceRegistered;
import dev.concierge.schemas.customers.CustomerEvent.DeviceUnregistered;

/**
 * A customer's devices that receive push notifications. Only events: the notifier keeps the
 * device list from {@code customers.events}, and registering a device id again replaces its token.
 */
public final class CustomerDevices {

    private final EventPublisher events;

    public CustomerDevices(EventPublisher events) {
        this.events = events;
    }

    public Written register(Caller caller, String deviceId, DevicePlatform platform, String pushToken) {
        Written.requireRole(caller, Caller.Role.CUSTOMER, "register devices");
        return new Written(deviceId, events.publish(Topics.CUSTOMERS_EVENTS, caller.id(),
                new DeviceRegistered(caller.id(), deviceId, platform, pushToken)).eventId());
    }

    public Written unregister(Caller caller, String deviceId) {
        Written.requireRole(caller, Caller.Role.CUSTOMER, "unregister devices");
        return new Written(deviceId, events.publish(Topics.CUSTOMERS_EVENTS, caller.id(),
                new DeviceUnregistered(caller.id(), deviceId)).eventId());
    }
}
