package dev.concierge.notifications.directory.application;

import dev.concierge.schemas.common.Channel;
import dev.concierge.schemas.common.Nullable;
import dev.concierge.schemas.common.QuietHours;
import dev.concierge.schemas.common.Recipient;
import java.util.List;

/**
 * Where and how to reach one recipient, as far as the directory knows: a phone (WhatsApp and SMS),
 * email addresses (one, or every admin's for the admins group), language, the channels they chose in
 * their order, quiet hours and push tokens.
 */
public record Contact(
        String id,
        Recipient.Kind kind,
        @Nullable String phone,
        List<String> emails,
        @Nullable String language,
        List<Channel> channels,
        @Nullable QuietHours quietHours,
        List<String> pushTokens) {

    public Contact {
        emails = List.copyOf(emails);
        channels = List.copyOf(channels);
        pushTokens = List.copyOf(pushTokens);
    }

    /** Someone the directory has not heard of: only what the Notify itself says. */
    public static Contact unknown(String id, Recipient.Kind kind) {
        return new Contact(id, kind, null, List.of(), null, List.of(), null, List.of());
    }

    /** The phone and email a Notify carries win over the directory's (e.g. the number an OTP is for). */
    public Contact addressedBy(Recipient recipient) {
        String phoneToUse = recipient.phone() != null ? recipient.phone() : phone;
        List<String> emailsToUse = recipient.email() != null ? List.of(recipient.email()) : emails;
        return new Contact(id, kind, phoneToUse, emailsToUse, language, channels, quietHours, pushTokens);
    }
}
