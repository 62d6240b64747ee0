package dev.concierge.notifications.directory.persistence;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import dev.concierge.notifications.directory.application.Contact;
import dev.concierge.notifications.directory.application.Directory;
import dev.concierge.schemas.common.Channel;
import dev.concierge.schemas.common.QuietHours;
import dev.concierge.schemas.common.Recipient;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The directory in the notifier's own database, collection {@value #COLLECTION}: one document per
 * recipient id, written with {@code $set} upserts so that replaying the topics converges.
 */
public final class MongoDirectory implements Directory {

    static final String COLLECTION = "contacts";

    private final MongoCollection<Document> contacts;

    public MongoDirectory(MongoDatabase database) {
        this.contacts = database.getCollection(COLLECTION);
    }

    @Override
    public Optional<Contact> find(String recipientId) {
        return Optional.ofNullable(contacts.find(Filters.eq("_id", recipientId)).first()).map(MongoDirectory::toContact);
    }

    @Override
    public List<String> adminEmails() {
        List<String> emails = new ArrayList<>();
        for (Document admin : contacts.find(Filters.eq("admin", true))) {
            String email = admin.getString("email");
            if (email != null) {
                emails.add(email);
            }
        }
        return emails;
    }

    @Override
    public void saveAddresses(String id, Recipient.Kind kind, String phone, String email) {
        List<Bson> updates = new ArrayList<>();
        updates.add(Updates.set("kind", kind.name()));
        if (phone != null) {
            updates.add(Updates.set("phone", phone));
        }
        if (email != null) {
            updates.add(Updates.set("email", email));
        }
        upsert(id, updates);
    }

    @Override
    public void savePreferences(String id, List<Channel> channels, String language, QuietHours quietHours) {
        upsert(id, List.of(
                Updates.setOnInsert("kind", Recipient.Kind.CUSTOMER.name()),
                Updates.set("channels", channels.stream().map(Channel::name).toList()),
                Updates.set("language", language),
                Updates.set("quietHours", quietHours == null ? null : new Document("start", quietHours.start().toString())
                        .append("end", quietHours.end().toString())
                        .append("timeZone", quietHours.timeZone()))));
    }

    @Override
    public void saveStaff(String id, Recipient.Kind kind, boolean admin, String email, String phone, String language) {
        // the staff account is described whole: what it no longer has is cleared
        upsert(id, List.of(Updates.set("kind", kind.name()), Updates.set("admin", admin), Updates.set("email", email),
                Updates.set("phone", phone), Updates.set("language", language)));
    }

    @Override
    public void saveDevice(String customerId, String deviceId, String pushToken) {
        upsert(customerId, List.of(Updates.setOnInsert("kind", Recipient.Kind.CUSTOMER.name()),
                Updates.set(deviceField(deviceId), pushToken)));
    }

    @Override
    public void removeDevice(String customerId, String deviceId) {
        contacts.updateOne(Filters.eq("_id", customerId), Updates.unset(deviceField(deviceId)));
    }

    /** Devices are a sub-document by device id; dots and dollars would be read as paths, so they are escaped. */
    private static String deviceField(String deviceId) {
        return "devices." + deviceId.replace("%", "%25").replace(".", "%2E").replace("$", "%24");
    }

    private void upsert(String id, List<Bson> updates) {
        contacts.updateOne(Filters.eq("_id", id), Updates.combine(updates), new UpdateOptions().upsert(true));
    }

    private static Contact toContact(Document document) {
        Document devices = document.get("devices", Document.class);
        List<String> tokens = devices == null ? List.of()
                : devices.values().stream().filter(String.class::isInstance).map(String.class::cast).toList();
        List<String> channelNames = document.getList("channels", String.class, List.of());
        String email = document.getString("email");
        return new Contact(
                document.getString("_id"),
                Recipient.Kind.valueOf(document.getString("kind")),
                document.getString("phone"),
                email == null ? List.of() : List.of(email),
                document.getString("language"),
                channelNames.stream().map(Channel::valueOf).toList(),
                quietHours(document.get("quietHours", Document.class)),
                tokens);
    }

    private static QuietHours quietHours(Document document) {
        if (document == null) {
            return null;
        }
        return new QuietHours(LocalTime.parse(document.getString("start")), LocalTime.parse(document.getString("end")),
                document.getString("timeZone"));
    }
}
