package dev.concierge.schemas.customers;

import dev.concierge.schemas.common.Address;
import dev.concierge.schemas.common.Channel;
import dev.concierge.schemas.common.Description;
import dev.concierge.schemas.common.Immutable;
import dev.concierge.schemas.common.Nullable;
import dev.concierge.schemas.common.QuietHours;
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

    /**
     * {@code channels} in the order the customer wants to be reached; marketing needs explicit consent.
     * During {@code quietHours} only messages that cannot wait (sign-in codes, payments, deliveries) are
     * sent; the rest wait until the quiet hours end.
     */
    @EventType("concierge.customer.notification-preferences-updated.v1")
    record NotificationPreferencesUpdated(
            String customerId,
            List<Channel> channels,
            boolean marketingOptIn,
            @Nullable @Description("The language messages are written in, a BCP 47 tag: 'en' or 'hi'; absent means "
                    + "English.") String language,
            @Nullable @Description("When the customer does not want to be disturbed; absent means never.")
            QuietHours quietHours) implements CustomerEvent {

        public NotificationPreferencesUpdated {
            channels = Immutable.list(channels);
        }

        /** Preferences without a language or quiet hours. */
        public NotificationPreferencesUpdated(String customerId, List<Channel> channels, boolean marketingOptIn) {
            this(customerId, channels, marketingOptIn, null, null);
        }
    }

    /** A device of the customer that can receive push notifications (an FCM registration token). */
    @EventType("concierge.customer.device-registered.v1")
    record DeviceRegistered(
            String customerId,
            @Description("The app's own id for the installation; registering it again replaces its token.")
            String deviceId,
            DevicePlatform platform,
            @Description("The Firebase Cloud Messaging registration token.") String pushToken)
            implements CustomerEvent {
    }

    /** The device no longer receives push notifications (signed out, uninstalled). */
    @EventType("concierge.customer.device-unregistered.v1")
    record DeviceUnregistered(String customerId, String deviceId) implements CustomerEvent {
    }

    enum DevicePlatform { ANDROID, IOS, WEB }
}
