package dev.concierge.stacktests.journey;

import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.common.Money;
import dev.concierge.schemas.common.RequestStatus;
import dev.concierge.schemas.envelope.CloudEvent;
import dev.concierge.schemas.payments.PaymentCommand;
import dev.concierge.schemas.payments.PaymentEvent;
import dev.concierge.schemas.requests.RequestEvent;
import dev.concierge.schemas.requests.RequestSnapshot;
import dev.concierge.stacktests.api.DevOutbox;
import dev.concierge.stacktests.api.IngestApi;
import dev.concierge.stacktests.api.IngestApi.Place;
import dev.concierge.stacktests.kafka.TopicWatcher;
import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;

/**
 * One request's life on the dev stack, step by step over HTTP as the root README's "Try it" walks it,
 * with the topics watched from their beginning. Each step waits until the processor's snapshot on
 * {@code requests.state} shows its effect, so the next step never races the last.
 */
public final class RequestJourney implements AutoCloseable {

    /** A taxonomy id (the taxonomy in {@code schemas} refuses free-form category ids). */
    public static final String CATEGORY = "medicines-health";
    public static final Money ITEM_PRICE = new Money(3200, "INR");
    public static final Money DELIVERY_FEE = new Money(2500, "INR");
    /** A step is a few Kafka hops; minutes only when the machine is very busy. */
    public static final Duration STEP = Duration.ofSeconds(90);

    private static final Place STORE_PLACE = new Place("1 MG Road", "Bengaluru", "560001", 12.9750, 77.6060);
    private static final Place CUSTOMER_PLACE = new Place("12 MG Road", "Bengaluru", "560001", 12.9756, 77.6050);

    private final IngestApi api = new IngestApi();
    private final DevOutbox outbox = new DevOutbox();
    private final TopicWatcher<RequestSnapshot> states = TopicWatcher.fromBeginning(Topics.REQUESTS_STATE);
    private final TopicWatcher<RequestEvent> requestEvents = TopicWatcher.fromBeginning(Topics.REQUESTS_EVENTS);
    private final TopicWatcher<PaymentCommand> paymentCommands = TopicWatcher.fromBeginning(Topics.PAYMENTS_COMMANDS);
    private final TopicWatcher<PaymentEvent> paymentEvents = TopicWatcher.fromBeginning(Topics.PAYMENTS_EVENTS);

    /**
     * A store and an agent on duty, a signed-in customer, a request enriched by the AI worker, quoted by
     * the store through the dev outbox, sent as a quote by the admin and accepted by the customer: the
     * request waits for payment on the simulated gateway's link.
     */
    public AwaitingPayment requestAwaitingPayment() {
        String admin = api.adminToken();
        String storePhone = Unique.phone();
        String store = storeAndAgentOnDuty(admin, CATEGORY, storePhone);
        String customer = signedInCustomer();

        // the AI worker reads this one fully (medicines-health, 650 mg, 2 strips) and asks nothing
        String requestId = api.createRequest(customer, "Dolo 650, 2 strips", CATEGORY, CUSTOMER_PLACE);
        RequestSnapshot sourcing = awaitState(requestId, "SOURCING with the store contacted (enriched by the AI worker)",
                s -> s.status() == RequestStatus.SOURCING && s.outreach().stream().anyMatch(o -> o.storeId().equals(store)));
        String replyCode = sourcing.outreach().stream().filter(o -> o.storeId().equals(store)).findFirst()
                .orElseThrow().replyCode();

        outbox.replyOnWhatsApp(storePhone, replyCode + " YES " + ITEM_PRICE.amountMinor() / 100);
        awaitState(requestId, "the store's quote recorded",
                s -> s.storeQuotes().stream().anyMatch(q -> q.storeId().equals(store) && q.available()));

        api.command(admin, requestId, "SendQuote", Map.of("storeId", store,
                "itemPrice", money(ITEM_PRICE), "deliveryFee", money(DELIVERY_FEE)));
        String quoteId = awaitState(requestId, "QUOTED", s -> s.status() == RequestStatus.QUOTED && s.quote() != null)
                .quote().quoteId();

        api.command(customer, requestId, "AcceptQuote", Map.of("quoteId", quoteId));
        RequestSnapshot awaiting = awaitState(requestId, "AWAITING_PAYMENT with a payment link",
                s -> s.status() == RequestStatus.AWAITING_PAYMENT && s.paymentLink() != null);
        PaymentCommand.CreatePaymentLink asked = (PaymentCommand.CreatePaymentLink) paymentCommands.await(
                "CreatePaymentLink for " + requestId, STEP,
                e -> e.subject().equals(requestId) && e.data() instanceof PaymentCommand.CreatePaymentLink).data();
        return new AwaitingPayment(requestId, customer, awaiting.paymentLink(), asked.description());
    }

    /** An open store of {@code category} near the customers, and an online agent with that skill; the store id. */
    public String storeAndAgentOnDuty(String admin, String category, String storePhone) {
        String store = storeOnDuty(admin, category, storePhone);
        String agent = api.registerAgent(admin, "Stack Test Agent", "agent-" + Unique.suffix() + "@concierge.local",
                category);
        api.setAgentOnline(admin, agent, true);
        return store;
    }

    /** An open store of {@code category} near the customers, with no published hours (so open at any hour); its id. */
    public String storeOnDuty(String admin, String category, String storePhone) {
        String store = api.registerStore(admin, "Stack Test Store " + Unique.suffix(), storePhone, category,
                STORE_PLACE);
        api.setStoreAvailable(admin, store, true);
        return store;
    }

    /**
     * An online agent with {@code skill} who can sign in to the dashboard: invited, with a password chosen
     * through the token the invitation e-mail carried (as the dev stack's seeder does); the login.
     */
    public StaffLogin agentWhoCanSignIn(String admin, String skill) {
        String email = "agent-" + Unique.suffix() + "@concierge.local";
        String agent = api.registerAgent(admin, "Stack Test Agent", email, skill);
        String password = "agent-password-" + Unique.suffix();
        api.choosePassword(outbox.awaitInvitationToken(email, STEP), password);
        api.setAgentOnline(admin, agent, true);
        return new StaffLogin(agent, email, password);
    }

    /** A new customer signed in with the code the dev outbox caught; the customer's token. */
    public String signedInCustomer() {
        String customerPhone = Unique.phone();
        api.requestSignInCode(customerPhone);
        return api.customerToken(customerPhone, outbox.awaitSignInCode(customerPhone, STEP));
    }

    /** A request the customer asks for in {@code text}, without a category hint, near the stores. */
    public String createRequest(String customer, String text) {
        return api.createRequest(customer, text, CUSTOMER_PLACE);
    }

    public IngestApi api() {
        return api;
    }

    /** The first snapshot of {@code requestId} that meets {@code condition}, waiting up to {@link #STEP}. */
    public RequestSnapshot awaitState(String requestId, String what, Predicate<RequestSnapshot> condition) {
        return states.await("request " + requestId + " " + what, STEP,
                e -> e.subject().equals(requestId) && condition.test(e.data())).data();
    }

    /** When the request processor wrote the request's first snapshot (its envelope time), waiting up to {@link #STEP}. */
    public java.time.Instant firstStateWrittenAt(String requestId) {
        return states.await("request " + requestId + " on requests.state", STEP,
                e -> e.subject().equals(requestId)).time();
    }

    /** The request's latest snapshot on {@code requests.state} as of now. */
    public RequestSnapshot latestState(String requestId) {
        return states.latest(e -> e.subject().equals(requestId)).orElseThrow().data();
    }

    public CloudEvent<RequestEvent> awaitRequestEvent(String what, Predicate<CloudEvent<RequestEvent>> condition) {
        return requestEvents.await(what, STEP, condition);
    }

    public CloudEvent<PaymentEvent> awaitPaymentEvent(String what, Predicate<CloudEvent<PaymentEvent>> condition) {
        return paymentEvents.await(what, STEP, condition);
    }

    private static Map<String, Object> money(Money money) {
        return Map.of("amountMinor", money.amountMinor(), "currency", money.currency());
    }

    @Override
    public void close() {
        states.close();
        requestEvents.close();
        paymentCommands.close();
        paymentEvents.close();
    }

    /** A staff account's id and sign-in. */
    public record StaffLogin(String id, String email, String password) {
    }

    /** A request in AWAITING_PAYMENT: its customer's token, its link, and the description the link was asked with. */
    public record AwaitingPayment(String requestId, String customerToken, RequestSnapshot.PaymentLink link,
            String description) {
    }
}
