package dev.concierge.projections.customers.persistence;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.model.Updates;
import dev.concierge.projections.customers.domain.CustomerFilter;
import dev.concierge.projections.privacy.domain.KeyOwner;
import dev.concierge.projections.privacy.persistence.FieldSealer;
import dev.concierge.schemas.customers.CustomerEvent;
import dev.concierge.schemas.customers.CustomerEvent.AddressSaved;
import dev.concierge.schemas.customers.CustomerEvent.CustomerProfileUpdated;
import dev.concierge.schemas.customers.CustomerEvent.CustomerRegistered;
import dev.concierge.schemas.customers.CustomerEvent.DeviceRegistered;
import dev.concierge.schemas.customers.CustomerEvent.DeviceUnregistered;
import dev.concierge.schemas.customers.CustomerEvent.NotificationPreferencesUpdated;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Which part of a {@code customers} document an event writes, and what it writes there, personal
 * fields sealed under the customer's key. A part is a sub-document with the time and id of the event
 * that last wrote it, the guard {@link MongoCustomers} applies.
 */
final class CustomerUpdates {

    /** A part of the document and what to set in it. */
    record Part(String path, List<Bson> sets) {
    }

    private final FieldSealer sealer;
    private final ObjectMapper json;

    CustomerUpdates(FieldSealer sealer, ObjectMapper json) {
        this.sealer = sealer;
        this.json = json;
    }

    List<Part> of(CustomerEvent event) {
        KeyOwner owner = KeyOwner.customer(event.customerId());
        if (event instanceof CustomerRegistered registered) {
            String digits = CustomerFilter.normalisedPhone(registered.phone());
            return List.of(new Part("registration", List.of(
                            Updates.set("registration.phone", sealer.seal(owner, registered.phone())),
                            Updates.set("phoneIndex", sealer.searchTokens(owner, digits)))),
                    contact(owner, registered.name(), registered.email()));
        }
        if (event instanceof CustomerProfileUpdated updated) {
            return List.of(contact(owner, updated.name(), updated.email()));
        }
        if (event instanceof AddressSaved saved) {
            String path = "addresses." + key(saved.addressId());
            Part address = new Part(path, List.of(Updates.set(path + ".addressId", saved.addressId()),
                    Updates.set(path + ".label", saved.label()),
                    Updates.set(path + ".address", sealer.seal(owner, document(saved.address())))));
            return saved.defaultAddress()
                    ? List.of(address, new Part("defaultAddress", List.of(Updates.set("defaultAddress.addressId",
                            saved.addressId()))))
                    : List.of(address);
        }
        if (event instanceof NotificationPreferencesUpdated preferences) {
            Document values = document(preferences);
            values.remove("customerId");
            return List.of(new Part("preferences", List.of(Updates.set("preferences.values", values))));
        }
        if (event instanceof DeviceRegistered device) {
            String path = "devices." + key(device.deviceId());
            return List.of(new Part(path, List.of(Updates.set(path + ".deviceId", device.deviceId()),
                    Updates.set(path + ".platform", device.platform().name()), Updates.set(path + ".registered", true))));
        }
        if (event instanceof DeviceUnregistered device) {
            String path = "devices." + key(device.deviceId());
            return List.of(new Part(path, List.of(Updates.set(path + ".deviceId", device.deviceId()),
                    Updates.set(path + ".registered", false))));
        }
        // CustomerEvent is sealed: a new event type is a compile-time matter in CustomerRecords' tests, not a silent drop
        throw new IllegalArgumentException("no customers read-model update for " + event.getClass().getSimpleName());
    }

    private Part contact(KeyOwner owner, String name, String email) {
        return new Part("contact", List.of(Updates.set("contact.name", name == null ? null : sealer.seal(owner, name)),
                Updates.set("contact.email", email == null ? null : sealer.seal(owner, email))));
    }

    private Document document(Object value) {
        return Document.parse(json.valueToTree(value).toString());
    }

    /** A field name for an id chosen by an app: MongoDB field names may not hold '.' or start with '$'. */
    static String key(String id) {
        return "k" + Base64.getUrlEncoder().withoutPadding().encodeToString(id.getBytes(StandardCharsets.UTF_8));
    }
}
