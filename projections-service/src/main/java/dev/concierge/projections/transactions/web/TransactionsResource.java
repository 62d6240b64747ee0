package dev.concierge.projections.transactions.web;

import dev.concierge.projections.requests.web.Callers;
import dev.concierge.projections.requests.web.ListParameters;
import dev.concierge.projections.transactions.application.TransactionReading;
import dev.concierge.projections.transactions.domain.Transaction;
import dev.concierge.projections.transactions.domain.TransactionFilter;
import dev.concierge.projections.web.RefusedException;
import dev.concierge.schemas.payments.PaymentEvent;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Payment facts and ledger lines over HTTP: staff see all, a customer those of their own requests. */
@Path("/v1/transactions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "transactions", description = "Payment links, captures, refunds and ledger lines from payments.events")
public class TransactionsResource {

    /** The fact types a list can be narrowed to: the record names of {@code payments.events}. */
    static final List<String> TYPES = Arrays.stream(PaymentEvent.class.getPermittedSubclasses())
            .map(Class::getSimpleName).sorted().toList();

    private final TransactionReading reading;
    private final Callers callers;

    TransactionsResource(TransactionReading reading, Callers callers) {
        this.reading = reading;
        this.callers = callers;
    }

    /** A page of transactions and the cursor of the next one (null on the last). */
    public record Page(List<Transaction> items, String nextCursor) {
    }

    @GET
    @Blocking
    @Operation(summary = "Transactions newest first, filtered by request, customer, type and time, with a cursor")
    public Page list(@QueryParam("requestId") String requestId, @QueryParam("customerId") String customerId,
            @QueryParam("type") String type, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        var viewer = callers.viewer();
        Instant start = ListParameters.instant("from", from);
        Instant end = ListParameters.instant("to", to);
        if (start != null && end != null && !start.isBefore(end)) {
            throw RefusedException.badParameter("to", "to must be after from");
        }
        TransactionFilter filter = new TransactionFilter(ListParameters.blankToNull(requestId),
                ListParameters.blankToNull(customerId), type(type), start, end, ListParameters.limit(limit),
                ListParameters.cursor(cursor));
        return reading.list(filter, viewer)
                .map(page -> new Page(page.items(), page.next().map(c -> c.encode()).orElse(null)))
                .orElseThrow(() -> RefusedException.badParameter("customerId",
                        "customers list their own transactions; leave customerId out"));
    }

    private static String type(String value) {
        String type = ListParameters.blankToNull(value);
        if (type != null && !TYPES.contains(type)) {
            throw RefusedException.badParameter("type", "type '" + value + "' is not one of " + TYPES);
        }
        return type;
    }
}
