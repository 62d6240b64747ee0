package dev.concierge.notifications.directory.application;

import dev.concierge.schemas.common.Recipient;
import java.util.List;

/**
 * Turns the recipient on a Notify (often just an id) into a {@link Contact}. The processor addresses
 * admins as one group, recipient id {@value #ADMINS_GROUP} of kind ADMIN: that is every staff account
 * with the admin role, reached by email together.
 */
public final class Recipients {

    public static final String ADMINS_GROUP = "admins";

    private final Directory directory;

    public Recipients(Directory directory) {
        this.directory = directory;
    }

    public Contact resolve(Recipient recipient) {
        if (recipient.kind() == Recipient.Kind.ADMIN && ADMINS_GROUP.equals(recipient.id())) {
            Contact group = new Contact(ADMINS_GROUP, Recipient.Kind.ADMIN, null, directory.adminEmails(), null,
                    List.of(), null, List.of());
            return group.addressedBy(recipient);
        }
        return directory.find(recipient.id())
                .orElseGet(() -> Contact.unknown(recipient.id(), recipient.kind()))
                .addressedBy(recipient);
    }
}
