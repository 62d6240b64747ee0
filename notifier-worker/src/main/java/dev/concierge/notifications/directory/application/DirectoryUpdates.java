package dev.concierge.notifications.directory.application;

import dev.concierge.schemas.agents.AgentEvent;
import dev.concierge.schemas.common.Recipient;
import dev.concierge.schemas.customers.CustomerEvent;
import dev.concierge.schemas.staff.StaffEvent;
import dev.concierge.schemas.stores.StoreEvent;

/**
 * Applies the directory topics to the {@link Directory}. Only what reaching someone needs is kept;
 * other events (addresses, availability) are read and left alone.
 */
public final class DirectoryUpdates {

    private final Directory directory;

    public DirectoryUpdates(Directory directory) {
        this.directory = directory;
    }

    public void apply(CustomerEvent event) {
        if (event instanceof CustomerEvent.CustomerRegistered registered) {
            directory.saveAddresses(registered.customerId(), Recipient.Kind.CUSTOMER, registered.phone(),
                    registered.email());
        } else if (event instanceof CustomerEvent.CustomerProfileUpdated profile) {
            directory.saveAddresses(profile.customerId(), Recipient.Kind.CUSTOMER, null, profile.email());
        } else if (event instanceof CustomerEvent.NotificationPreferencesUpdated preferences) {
            directory.savePreferences(preferences.customerId(), preferences.channels(), preferences.language(),
                    preferences.quietHours());
        } else if (event instanceof CustomerEvent.DeviceRegistered device) {
            directory.saveDevice(device.customerId(), device.deviceId(), device.pushToken());
        } else if (event instanceof CustomerEvent.DeviceUnregistered device) {
            directory.removeDevice(device.customerId(), device.deviceId());
        }
    }

    public void apply(StoreEvent event) {
        if (event instanceof StoreEvent.StoreRegistered registered) {
            directory.saveAddresses(registered.storeId(), Recipient.Kind.STORE, registered.phone(), null);
        } else if (event instanceof StoreEvent.StoreUpdated updated) {
            directory.saveAddresses(updated.storeId(), Recipient.Kind.STORE, updated.phone(), null);
        }
    }

    public void apply(AgentEvent event) {
        if (event instanceof AgentEvent.AgentRegistered registered) {
            directory.saveAddresses(registered.agentId(), Recipient.Kind.AGENT, registered.phone(), registered.email());
        } else if (event instanceof AgentEvent.AgentUpdated updated) {
            directory.saveAddresses(updated.agentId(), Recipient.Kind.AGENT, updated.phone(), updated.email());
        }
    }

    public void apply(StaffEvent event) {
        if (event instanceof StaffEvent.StaffAccountSaved staff) {
            boolean admin = staff.role() == StaffEvent.StaffRole.ADMIN;
            directory.saveStaff(staff.staffId(), admin ? Recipient.Kind.ADMIN : Recipient.Kind.AGENT, admin,
                    staff.email(), staff.phone(), staff.language());
        }
    }
}
