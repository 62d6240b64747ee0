package dev.concierge.payments.persistence;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import dev.concierge.payments.application.CustomerContacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.conversions.Bson;

/** Collection {@code customer_contacts}: phone and email per customer id, from {@code customers.events}. */
public final class MongoCustomerContacts implements CustomerContacts {

    private final MongoCollection<org.bson.Document> contacts;

    public MongoCustomerContacts(MongoDatabase database) {
        this.contacts = database.getCollection("customer_contacts");
    }

    @Override
    public Optional<Contact> of(String customerId) {
        return Optional.ofNullable(contacts.find(Filters.eq("_id", customerId)).first())
                .map(d -> new Contact(d.getString("phone"), d.getString("email")));
    }

    @Override
    public void update(String customerId, String phone, String email) {
        List<Bson> sets = new ArrayList<>();
        if (phone != null) {
            sets.add(Updates.set("phone", phone));
        }
        if (email != null) {
            sets.add(Updates.set("email", email));
        }
        if (!sets.isEmpty()) {
            contacts.updateOne(Filters.eq("_id", customerId), Updates.combine(sets), new UpdateOptions().upsert(true));
        }
    }
}
