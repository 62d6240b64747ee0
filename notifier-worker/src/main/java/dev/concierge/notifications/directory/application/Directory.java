package dev.concierge.notifications.directory.application;

import dev.concierge.schemas.common.Channel;
import dev.concierge.schemas.common.Nullable;
import dev.concierge.schemas.common.QuietHours;
import dev.concierge.schemas.common.Recipient;
import java.util.List;
import java.util.Optional;

/**
 * The notifier's own copy of the directory topics. Every write is an idempotent upsert, so a
 * redelivered event changes nothing; a {@code null} address leaves the one already known.
 */
public interface Directory {

    Optional<Contact> find(String recipientId);

    /** The email addresses of every staff account with the admin role. */
    List<String> adminEmails();

    void saveAddresses(String id, Recipient.Kind kind, @Nullable String phone, @Nullable String email);

    /** Replaces the recipient's preferences as a whole: {@code null} language or quiet hours clear them. */
    void savePreferences(String id, List<Channel> channels, @Nullable String language, @Nullable QuietHours quietHours);

    void saveStaff(String id, Recipient.Kind kind, boolean admin, String email, @Nullable String phone,
            @Nullable String language);

    void saveDevice(String customerId, String deviceId, String pushToken);

    void removeDevice(String customerId, String deviceId);
}
