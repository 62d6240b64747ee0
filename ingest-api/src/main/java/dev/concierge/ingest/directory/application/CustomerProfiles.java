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
import dev.concierge.schemas.common.QuietHours;
import dev.concierge.schemas.customers.CustomerEvent.AddressSaved;
import dev.concierge.schemas.customers.CustomerEvent.CustomerProfileUpdated;
import dev.concierge.schemas.customers.CustomerEvent.NotificationPreferencesUpdated;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** A customer's own profile, saved addresses and notification preferences (channels, language, quiet hours). */
public final class CustomerProfiles {

    /** The languages the notifier has templates in. */
    public static final List<String> LANGUAGES = List.of("en", "hi");
    private static final Pattern TIME_OF_DAY = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]");

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

    /** {@code language} and {@code quietHours} may be null: English, and no quiet hours. */
    public Written notificationPreferences(Caller caller, List<Channel> channels, boolean marketingOptIn,
            String language, QuietHours quietHours) {
        Written.requireRole(caller, Caller.Role.CUSTOMER, "set notification preferences");
        if (channels.stream().distinct().count() != channels.size()) {
            throw InvalidInputException.of("channels", "list each channel once, in the order you prefer");
        }
        if (language != null && !LANGUAGES.contains(language)) {
            throw InvalidInputException.of("language", "must be one of " + String.join(", ", LANGUAGES)
                    + " (the languages messages are written in)");
        }
        return new Written(caller.id(), events.publish(Topics.CUSTOMERS_EVENTS, caller.id(),
                new NotificationPreferencesUpdated(caller.id(), channels, marketingOptIn, language, quietHours))
                .eventId());
    }

    /**
     * Quiet hours from their parts: times of day {@code HH:mm} and an IANA time zone (region ids
     * such as {@code Asia/Kolkata}, not offsets), starting and ending at different times.
     */
    public static QuietHours quietHours(String start, String end, String timeZone) {
        LocalTime from = timeOfDay(start, "quietHours.start");
        LocalTime to = timeOfDay(end, "quietHours.end");
        if (timeZone == null || !ZoneId.getAvailableZoneIds().contains(timeZone)) {
            throw InvalidInputException.of("quietHours.timeZone", "must be an IANA time zone, e.g. Asia/Kolkata");
        }
        if (from.equals(to)) {
            throw InvalidInputException.of("quietHours.end", "must differ from start");
        }
        return new QuietHours(from, to, timeZone);
    }

    private static LocalTime timeOfDay(String value, String field) {
        if (value == null || !TIME_OF_DAY.matcher(value).matches()) {
            throw InvalidInputException.of(field, "must be a time of day HH:mm, e.g. 22:00");
        }
        return LocalTime.parse(value);
    }
}
