package dev.concierge.ingest.auth.persistence;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import dev.concierge.ingest.auth.application.StaffAccounts;
import dev.concierge.ingest.shared.application.Caller;
import java.util.Optional;
import org.bson.Document;

/** {@code staff}: agents and admins, unique by email; passwords only as bcrypt hashes. */
public final class MongoStaffAccounts implements StaffAccounts {

    private final MongoCollection<Document> staff;

    public MongoStaffAccounts(MongoDatabase database) {
        this.staff = database.getCollection("staff");
        staff.createIndex(Indexes.ascending("email"), new IndexOptions().unique(true));
    }

    @Override
    public Optional<StaffAccount> byEmail(String email) {
        return Optional.ofNullable(staff.find(Filters.eq("email", email)).first()).map(MongoStaffAccounts::toAccount);
    }

    @Override
    public Optional<StaffAccount> byId(String id) {
        return Optional.ofNullable(staff.find(Filters.eq("_id", id)).first()).map(MongoStaffAccounts::toAccount);
    }

    @Override
    public boolean create(StaffAccount account) {
        try {
            staff.insertOne(new Document("_id", account.id()).append("email", account.email())
                    .append("name", account.name()).append("role", account.role().name())
                    .append("passwordHash", account.passwordHash()));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public void updatePasswordHash(String id, String passwordHash) {
        staff.updateOne(Filters.eq("_id", id), Updates.set("passwordHash", passwordHash));
    }

    private static StaffAccount toAccount(Document doc) {
        return new StaffAccount(doc.getString("_id"), doc.getString("email"), doc.getString("name"),
                Caller.Role.valueOf(doc.getString("role")), doc.getString("passwordHash"));
    }
}
