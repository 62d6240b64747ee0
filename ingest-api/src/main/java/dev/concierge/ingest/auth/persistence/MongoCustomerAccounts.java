package dev.concierge.ingest.auth.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import dev.concierge.ingest.auth.application.CustomerAccounts;
import dev.concierge.schemas.common.Address;
import java.util.Optional;
import org.bson.Document;

/** {@code customers}: one document per verified phone ({@code phone} is unique). */
public final class MongoCustomerAccounts implements CustomerAccounts {

    private final MongoCollection<Document> customers;
    private final ObjectMapper mapper;

    public MongoCustomerAccounts(MongoDatabase database, ObjectMapper mapper) {
        this.customers = database.getCollection("customers");
        this.mapper = mapper;
        customers.createIndex(Indexes.ascending("phone"), new IndexOptions().unique(true));
    }

    @Override
    public CustomerAccount findOrCreate(String phone, String newId) {
        Optional<CustomerAccount> existing = byPhone(phone);
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            customers.insertOne(new Document("_id", newId).append("phone", phone).append("registered", false));
            return new CustomerAccount(newId, phone, false, null);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            // another request created it a moment ago: the unique index decided, use theirs
            return byPhone(phone).orElseThrow(() -> e);
        }
    }

    @Override
    public Optional<CustomerAccount> byPhone(String phone) {
        return Optional.ofNullable(customers.find(Filters.eq("phone", phone)).first()).map(this::toAccount);
    }

    @Override
    public Optional<CustomerAccount> byId(String customerId) {
        return Optional.ofNullable(customers.find(Filters.eq("_id", customerId)).first()).map(this::toAccount);
    }

    @Override
    public void markRegistered(String customerId) {
        customers.updateOne(Filters.eq("_id", customerId), Updates.set("registered", true));
    }

    @Override
    public void saveDefaultAddress(String customerId, Address address) {
        try {
            customers.updateOne(Filters.eq("_id", customerId),
                    Updates.set("defaultAddress", mapper.writeValueAsString(address)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an Address always serialises", e);
        }
    }

    private CustomerAccount toAccount(Document doc) {
        String address = doc.getString("defaultAddress");
        try {
            return new CustomerAccount(doc.getString("_id"), doc.getString("phone"),
                    Boolean.TRUE.equals(doc.getBoolean("registered")),
                    address == null ? null : mapper.readValue(address, Address.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored address of " + doc.getString("_id") + " is unreadable", e);
        }
    }
}
