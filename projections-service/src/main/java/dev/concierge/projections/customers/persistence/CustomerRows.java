package dev.concierge.projections.customers.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.concierge.projections.customers.domain.CustomerProfile;
import dev.concierge.projections.customers.domain.CustomerProfile.Device;
import dev.concierge.projections.customers.domain.CustomerProfile.Preferences;
import dev.concierge.projections.customers.domain.CustomerProfile.SavedAddress;
import dev.concierge.projections.privacy.persistence.FieldSealer;
import dev.concierge.projections.privacy.persistence.FieldSealer.Opened;
import dev.concierge.schemas.common.Address;
import dev.concierge.schemas.customers.CustomerEvent.DevicePlatform;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;

/** A {@code customers} document read back as a {@link CustomerProfile}, personal fields decrypted. */
final class CustomerRows {

    private static final JsonWriterSettings PLAIN_JSON = JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).build();

    private final FieldSealer sealer;
    private final ObjectMapper json;

    CustomerRows(FieldSealer sealer, ObjectMapper json) {
        this.sealer = sealer;
        this.json = json;
    }

    CustomerProfile profile(Document row) {
        Document registration = part(row, "registration");
        Document contact = part(row, "contact");
        List<Opened> opened = new ArrayList<>(List.of(sealer.open(registration.get("phone")),
                sealer.open(contact.get("name")), sealer.open(contact.get("email"))));
        String defaultAddress = part(row, "defaultAddress").getString("addressId");
        List<SavedAddress> addresses = new ArrayList<>();
        for (Object value : part(row, "addresses").values()) {
            Document saved = (Document) value;
            Opened address = sealer.open(saved.get("address"));
            opened.add(address);
            addresses.add(new SavedAddress(saved.getString("addressId"), saved.getString("label"),
                    address.value() == null ? null : read((Document) address.value(), Address.class),
                    saved.getString("addressId").equals(defaultAddress)));
        }
        addresses.sort(Comparator.comparing(SavedAddress::addressId));
        List<Device> devices = new ArrayList<>();
        for (Object value : part(row, "devices").values()) {
            Document device = (Document) value;
            if (Boolean.TRUE.equals(device.getBoolean("registered"))) {
                devices.add(new Device(device.getString("deviceId"), DevicePlatform.valueOf(device.getString("platform"))));
            }
        }
        devices.sort(Comparator.comparing(Device::deviceId));
        Document preferences = part(row, "preferences").get("values", Document.class);
        return new CustomerProfile(row.getString("_id"), opened.stream().anyMatch(Opened::erased),
                (String) opened.get(0).value(), (String) opened.get(1).value(), (String) opened.get(2).value(),
                addresses, preferences == null ? null : read(preferences, Preferences.class), devices,
                instant(row.getDate("since")), instant(registration.getDate("at")), 0);
    }

    private static Document part(Document row, String name) {
        Document part = row.get(name, Document.class);
        return part == null ? new Document() : part;
    }

    private <T> T read(Document document, Class<T> type) {
        try {
            return json.readValue(document.toJson(PLAIN_JSON), type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored " + type.getSimpleName() + " cannot be read", e);
        }
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
