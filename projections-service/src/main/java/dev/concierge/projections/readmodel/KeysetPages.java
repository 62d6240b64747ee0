package dev.concierge.projections.readmodel;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import dev.concierge.projections.paging.Page;
import dev.concierge.projections.paging.PageCursor;
import dev.concierge.projections.paging.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * A page of a directory list ordered by a document's string field {@code sortKey}, then {@code _id}:
 * keyset pagination (the next page starts after the last item's key and id), so pages neither repeat nor
 * skip while documents are added.
 */
public final class KeysetPages {

    public static final String SORT_KEY = "sortKey";

    private KeysetPages() {
    }

    public static <T> Page<T> page(MongoCollection<Document> collection, List<Bson> criteria, PageRequest page,
            String list, boolean ascending, Function<Document, T> reader) {
        List<Bson> all = new ArrayList<>(criteria);
        PageCursor after = page.after();
        if (after != null) {
            all.add(ascending
                    ? Filters.or(Filters.gt(SORT_KEY, after.key()),
                            Filters.and(Filters.eq(SORT_KEY, after.key()), Filters.gt("_id", after.id())))
                    : Filters.or(Filters.lt(SORT_KEY, after.key()),
                            Filters.and(Filters.eq(SORT_KEY, after.key()), Filters.lt("_id", after.id()))));
        }
        Bson order = ascending ? Sorts.ascending(SORT_KEY, "_id") : Sorts.descending(SORT_KEY, "_id");
        List<Document> rows = new ArrayList<>();
        // one more than asked: whether it exists says if there is a next page
        collection.find(all.isEmpty() ? new Document() : Filters.and(all)).sort(order).limit(page.limit() + 1)
                .into(rows);
        Optional<PageCursor> next = Optional.empty();
        if (rows.size() > page.limit()) {
            rows = rows.subList(0, page.limit());
            Document last = rows.get(rows.size() - 1);
            next = Optional.of(new PageCursor(list, last.getString(SORT_KEY), last.getString("_id")));
        }
        return new Page<>(rows.stream().map(reader).toList(), next);
    }
}
