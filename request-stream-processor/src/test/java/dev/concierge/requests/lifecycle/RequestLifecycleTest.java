package dev.concierge.requests.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.concierge.requests.assignment.AssignmentDecision;
import dev.concierge.schemas.common.Actor;
import dev.concierge.schemas.common.Author;
import dev.concierge.schemas.common.Channel;
import dev.concierge.schemas.common.FulfilmentStage;
import dev.concierge.schemas.common.Money;
import dev.concierge.schemas.common.Recipient;
import dev.concierge.schemas.common.RequestStatus;
import dev.concierge.schemas.requests.RequestCommand;
import dev.concierge.schemas.requests.RequestEvent;
import dev.concierge.schemas.requests.Sla;
import dev.concierge.schemas.requests.RequestSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestLifecycleTest {

    private final RequestDecider decider = Journey.standardDecider();
    private final Journey journey = new Journey(decider, "req-1");

    @Test
    void creating_a_request_publishes_it_asks_for_analysis_and_tells_the_customer() {
        // when
        Decision.Accepted created = (Decision.Accepted) journey.apply(journey.command(journey.create()));

        // then
        assertThat(created.facts()).extracting(Fact::event).containsExactly(
                new RequestEvent.RequestCreated("req-1", "customer-1", "2 kg atta", List.of("media-1"), Journey.HOME,
                        "groceries"),
                new RequestEvent.EnrichmentRequested("req-1", 1));
        assertThat(created.outbound()).contains(
                new Outbound.Analyze("req-1", 1, "2 kg atta", List.of("media-1"), "groceries", List.of(),
                        List.of()));
        assertThat(created.outbound()).filteredOn(Outbound.Notify.class::isInstance)
                .extracting(o -> ((Outbound.Notify) o).templateId()).containsExactly("request.received");
        assertThat(created.state().snapshot().status()).isEqualTo(RequestStatus.ENRICHING);
    }

    @Test
    void open_questions_go_to_the_chat_and_the_answer_goes_back_to_analysis_with_the_conversation() {
        // given
        journey.reach(RequestStatus.ENRICHING);

        // when the AI needs to know more
        Decision.Accepted asked = (Decision.Accepted) journey.apply(new Input.EnrichmentCompleted(1, "groceries", null,
                Map.of(), List.of("Which brand?", "How many kg?"), null));

        // then the customer sees the questions from the bot and gets a notification
        assertThat(asked.state().snapshot().status()).isEqualTo(RequestStatus.NEEDS_INFO);
        assertThat(asked.state().snapshot().openQuestions()).containsExactly("Which brand?", "How many kg?");
        assertThat(asked.outbound()).anySatisfy(o -> {
            assertThat(o).isInstanceOf(Outbound.PostChat.class);
            assertThat(((Outbound.PostChat) o).author()).isEqualTo(Author.BOT);
            assertThat(((Outbound.PostChat) o).text()).isEqualTo("Which brand?\nHow many kg?");
        });

        // and when the customer answers, analysis 2 runs with the answer
        Decision.Accepted answered = (Decision.Accepted) journey.apply(new Input.CustomerMessage("Aashirvaad, 5 kg"));
        assertThat(answered.state().snapshot().status()).isEqualTo(RequestStatus.ENRICHING);
        assertThat(answered.outbound()).containsExactly(new Outbound.Analyze("req-1", 2, "2 kg atta", List.of("media-1"),
                "groceries", List.of("Aashirvaad, 5 kg"), List.of("Which brand?", "How many kg?")));
    }

    @Test
    void while_the_customer_is_asked_the_request_shows_what_the_asking_analysis_understood() {
        // given
        journey.reach(RequestStatus.ENRICHING);

        // when the AI names the category and reads the brand from a photo, but still needs the pack size
        Decision.Accepted asked = (Decision.Accepted) journey.apply(new Input.EnrichmentCompleted(1, "grocery",
                "Aashirvaad atta", Map.of("brand", "Aashirvaad"), List.of("How many kg?"), null));

        // then the fact keeps that understanding (the read side rebuilds from it) and the snapshot shows it
        assertThat(asked.facts()).extracting(Fact::event).contains(new RequestEvent.ClarificationRequested("req-1",
                List.of("How many kg?"), "grocery", "Aashirvaad atta", Map.of("brand", "Aashirvaad"), null));
        RequestSnapshot.Enrichment shown = asked.state().snapshot().enrichment();
        assertThat(shown.category()).isEqualTo("grocery");
        assertThat(shown.specs()).containsEntry("brand", "Aashirvaad");
        assertThat(asked.state().snapshot().status()).isEqualTo(RequestStatus.NEEDS_INFO);
    }

    @Test
    void a_second_round_of_questions_sends_every_question_asked_so_far_so_none_is_asked_again() {
        // given round one asked two questions and the customer answered
        journey.reach(RequestStatus.ENRICHING);
        journey.apply(new Input.EnrichmentCompleted(1, "groceries", null, Map.of(),
                List.of("Which brand?", "How many kg?"), null));
        journey.apply(new Input.CustomerMessage("Aashirvaad"));

        // when analysis 2 still misses something and asks it, and the customer answers again
        journey.apply(new Input.EnrichmentCompleted(2, "groceries", null, Map.of(), List.of("Whole wheat or multigrain?"),
                null));
        Decision.Accepted answered = (Decision.Accepted) journey.apply(new Input.CustomerMessage("5 kg, whole wheat"));

        // then analysis 3 gets both answers and all three questions, oldest first
        assertThat(answered.outbound()).containsExactly(new Outbound.Analyze("req-1", 3, "2 kg atta", List.of("media-1"),
                "groceries", List.of("Aashirvaad", "5 kg, whole wheat"),
                List.of("Which brand?", "How many kg?", "Whole wheat or multigrain?")));
    }

    @Test
    void an_answer_to_a_superseded_analysis_is_ignored() {
        // given analysis 2 is running
        journey.reach(RequestStatus.NEEDS_INFO);
        journey.apply(new Input.CustomerMessage("5 kg"));

        // when a late result of analysis 1 arrives
        Decision decision = journey.apply(new Input.EnrichmentCompleted(1, "groceries", null, Map.of(), List.of(), null));

        // then
        assertThat(decision).isInstanceOf(Decision.Ignored.class);
        assertThat(journey.state().snapshot().status()).isEqualTo(RequestStatus.ENRICHING);
    }

    @Test
    void failed_analysis_without_a_category_goes_to_sourcing_flagged_for_the_agent() {
        // given a request without a category hint
        journey.apply(journey.command(new RequestCommand.CreateRequest("req-1", "customer-1", "that thing in the photo",
                List.of("media-1"), Journey.HOME, null, Journey.CUSTOMER)));

        // when
        Decision.Accepted failed = (Decision.Accepted) journey.apply(new Input.EnrichmentFailed(1, "model timed out"));

        // then it is never stuck: sourcing, flagged, no automatic outreach
        assertThat(failed.state().snapshot().status()).isEqualTo(RequestStatus.SOURCING);
        assertThat(failed.state().snapshot().flags()).contains("enrichment-failed");
        assertThat(failed.outbound()).noneMatch(Outbound.ContactStores.class::isInstance);
    }

    @Test
    void a_complete_analysis_contacts_nearby_stores_with_a_reply_code() {
        // given
        journey.reach(RequestStatus.ENRICHING);

        // when
        Decision.Accepted enriched = (Decision.Accepted) journey.apply(new Input.EnrichmentCompleted(1, "groceries",
                "Aashirvaad atta 2 kg", Map.of("brand", "Aashirvaad"), List.of(), Money.inr(9_500)));

        // then
        assertThat(enriched.state().snapshot().status()).isEqualTo(RequestStatus.SOURCING);
        Outbound.ContactStores contact = enriched.outbound().stream().filter(Outbound.ContactStores.class::isInstance)
                .map(Outbound.ContactStores.class::cast).findFirst().orElseThrow();
        assertThat(contact.storeIds()).containsExactly("store-1");
        assertThat(contact.message()).contains("Aashirvaad atta 2 kg").contains(contact.replyCode() + " YES");
        assertThat(enriched.state().snapshot().outreach()).singleElement()
                .satisfies(o -> assertThat(o.replyCode()).isEqualTo(contact.replyCode()));
    }

    @Test
    void an_item_no_store_sells_is_unavailable_and_the_customer_is_told() {
        // given
        journey.reach(RequestStatus.ENRICHING);

        // when
        Decision.Accepted decision = (Decision.Accepted) journey.apply(
                new Input.EnrichmentCompleted(1, "jewellery", "gold ring", Map.of(), List.of(), null));

        // then
        assertThat(decision.state().snapshot().status()).isEqualTo(RequestStatus.UNAVAILABLE);
        assertThat(decision.outbound()).anySatisfy(o -> assertThat(((Outbound.Notify) o).templateId())
                .isEqualTo("request.unavailable"));
    }

    @Test
    void store_replies_become_quotes_and_unreadable_ones_go_to_the_agent_in_the_chat() {
        // given
        journey.reach(RequestStatus.SOURCING);

        // when
        Decision.Accepted yes = (Decision.Accepted) journey.apply(new Input.StoreMessage("store-1", "haan hai 450 ka"));
        Decision.Accepted unclear = (Decision.Accepted) journey.apply(new Input.StoreMessage("store-1", "kaunsa brand?"));

        // then
        assertThat(yes.facts()).extracting(Fact::event).containsExactly(new RequestEvent.StoreQuoteReceived("req-1",
                "store-1", true, Money.inr(45_000), "haan hai 450 ka"));
        assertThat(unclear.facts()).isEmpty();
        assertThat(unclear.outbound()).singleElement().satisfies(o -> {
            Outbound.PostChat chat = (Outbound.PostChat) o;
            assertThat(chat.author()).isEqualTo(Author.STORE);
            assertThat(chat.authorId()).isEqualTo("store-1");
            assertThat(chat.text()).isEqualTo("kaunsa brand?");
        });
    }

    @Test
    void with_auto_quotes_on_the_cheapest_priced_yes_is_quoted_when_the_window_closes() {
        // given
        LifecyclePolicy auto = withAutoQuote(LifecyclePolicy.defaults());
        RequestDecider autoDecider = new RequestDecider(auto, Journey.ONE_SHOP);
        Journey autoJourney = new Journey(autoDecider, "req-2").reach(RequestStatus.SOURCING);
        autoJourney.apply(new Input.StoreMessage("store-1", "YES 450"));
        RequestState sourcing = autoJourney.state();

        // when
        Decision.Accepted decision = (Decision.Accepted) autoJourney.apply(new Input.DeadlinePassed(
                Deadline.OUTREACH_WINDOW, autoDecider.deadlines(sourcing).get(Deadline.OUTREACH_WINDOW)));

        // then item 450 + delivery fee 40 (below the free-delivery threshold)
        assertThat(decision.state().snapshot().status()).isEqualTo(RequestStatus.QUOTED);
        assertThat(decision.state().snapshot().quote().total()).isEqualTo(Money.inr(49_000));
    }

    @Test
    void a_quote_id_has_the_quo_prefix_and_the_same_journey_replayed_gives_the_same_id() {
        // when the same journey is taken twice
        String first = new Journey(Journey.standardDecider(), "req-1").reach(RequestStatus.QUOTED)
                .state().snapshot().quote().quoteId();
        String replayed = new Journey(Journey.standardDecider(), "req-1").reach(RequestStatus.QUOTED)
                .state().snapshot().quote().quoteId();

        // then
        assertThat(first).matches("quo_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
                .isEqualTo(replayed);
    }

    @Test
    void only_the_current_quote_can_be_accepted_and_only_by_its_customer() {
        // given
        journey.reach(RequestStatus.QUOTED);
        String quoteId = journey.state().snapshot().quote().quoteId();

        // when
        Decision wrongQuote = journey.apply(journey.command(
                new RequestCommand.AcceptQuote("req-1", "quo_old", Journey.CUSTOMER)));
        Decision wrongCustomer = journey.apply(journey.command(
                new RequestCommand.AcceptQuote("req-1", quoteId, new Actor("customer-2", "customer"))));
        Decision right = journey.apply(journey.command(new RequestCommand.AcceptQuote("req-1", quoteId, Journey.CUSTOMER)));

        // then
        assertThat(wrongQuote).isEqualTo(new Decision.Rejected("quote quo_old is not the current quote " + quoteId));
        assertThat(wrongCustomer).isEqualTo(new Decision.Rejected("only the customer who made the request can accept its quote"));
        assertThat(((Decision.Accepted) right).outbound()).contains(new Outbound.CreatePaymentLink("req-1", quoteId, 1,
                Money.inr(13_000), "customer-1", "Aashirvaad atta 2 kg", Money.inr(9_000), Money.inr(4_000), "store-1"));
    }

    @Test
    void payment_tells_the_customer_the_store_over_whatsapp_and_the_agent() {
        // given an assigned request waiting for payment
        journey.reach(RequestStatus.AWAITING_PAYMENT);
        journey.apply(new Input.AgentDecision(new AssignmentDecision.Assigned(
                "req-1", "agent-1", null)));

        // when
        Decision.Accepted paid = (Decision.Accepted) journey.apply(new Input.PaymentCaptured("pay-1", Money.inr(13_000)));

        // then
        assertThat(paid.state().snapshot().status()).isEqualTo(RequestStatus.PAID);
        assertThat(paid.outbound()).map(o -> (Outbound.Notify) o)
                .extracting(n -> n.recipient().kind(), Outbound.Notify::templateId)
                .containsExactly(
                        tuple(Recipient.Kind.CUSTOMER, "request.paid"),
                        tuple(Recipient.Kind.STORE, "store.pack-order"),
                        tuple(Recipient.Kind.AGENT, "agent.payment-received"));
        assertThat(paid.outbound()).map(o -> (Outbound.Notify) o)
                .filteredOn(n -> n.recipient().kind() == Recipient.Kind.STORE)
                .singleElement().satisfies(n -> assertThat(n.channels()).containsExactly(Channel.WHATSAPP));
    }

    @Test
    void cancelling_after_payment_refunds_the_payment() {
        // given
        journey.reach(RequestStatus.PAID);

        // when
        Decision.Accepted cancelled = (Decision.Accepted) journey.apply(journey.command(
                new RequestCommand.CancelRequest("req-1", "ordered twice", Journey.CUSTOMER)));

        // then
        assertThat(cancelled.state().snapshot().status()).isEqualTo(RequestStatus.REFUND_PENDING);
        assertThat(cancelled.outbound()).contains(new Outbound.RefundPayment("req-1", "pay-1", Money.inr(13_000),
                "ordered twice"));
    }

    @Test
    void a_payment_after_cancelling_is_refunded_automatically() {
        // given
        journey.reach(RequestStatus.CANCELLED);

        // when
        Decision.Accepted paid = (Decision.Accepted) journey.apply(new Input.PaymentCaptured("pay-9", Money.inr(5_000)));

        // then
        assertThat(paid.state().snapshot().status()).isEqualTo(RequestStatus.REFUND_PENDING);
        assertThat(paid.state().snapshot().flags()).contains("paid-after-cancel");
        assertThat(paid.outbound()).contains(new Outbound.RefundPayment("req-1", "pay-9", Money.inr(5_000),
                "paid after the request was cancelled"));
    }

    @Test
    void a_refund_larger_than_the_payment_is_rejected() {
        journey.reach(RequestStatus.DELIVERED);

        Decision decision = journey.apply(journey.command(new RequestCommand.RequestRefund("req-1", Money.inr(99_999),
                "damaged", Journey.OPS)));

        assertThat(decision).isEqualTo(new Decision.Rejected("a refund of INR 999.99 exceeds the payment of INR 130.00"));
    }

    @Test
    void fulfilment_cannot_go_backwards() {
        journey.reach(RequestStatus.FULFILLING);
        journey.apply(journey.command(new RequestCommand.UpdateFulfilment("req-1", FulfilmentStage.OUT_FOR_DELIVERY,
                "Ravi", null, null, null, Journey.OPS)));

        Decision decision = journey.apply(journey.command(new RequestCommand.UpdateFulfilment("req-1",
                FulfilmentStage.PICKED_UP, null, null, null, null, Journey.OPS)));

        assertThat(decision).isEqualTo(new Decision.Rejected(
                "fulfilment is already OUT_FOR_DELIVERY; it cannot go back to PICKED_UP"));
    }

    @Test
    void delivery_asks_for_a_rating_and_a_second_rating_is_rejected() {
        journey.reach(RequestStatus.DELIVERED);

        Decision first = journey.apply(journey.command(new RequestCommand.RateRequest("req-1", 4, "good", Journey.CUSTOMER)));
        Decision second = journey.apply(journey.command(new RequestCommand.RateRequest("req-1", 1, "", Journey.CUSTOMER)));

        assertThat(((Decision.Accepted) first).state().snapshot().rating())
                .isEqualTo(new RequestSnapshot.Rating(4, "good"));
        assertThat(second).isEqualTo(new Decision.Rejected("the request was already rated"));
    }

    @Test
    void notification_keys_are_derived_from_the_event_that_caused_them_and_repeat_on_replay() {
        // given two deciders seeing the same input on the same state
        Journey first = new Journey(Journey.standardDecider(), "req-7");
        Journey second = new Journey(Journey.standardDecider(), "req-7");

        // when
        Decision.Accepted a = (Decision.Accepted) first.apply(first.command(first.create()));
        Decision.Accepted b = (Decision.Accepted) second.apply(second.command(second.create()));

        // then
        Outbound.Notify notify = (Outbound.Notify) a.outbound().stream().filter(Outbound.Notify.class::isInstance)
                .findFirst().orElseThrow();
        assertThat(notify.idempotencyKey()).startsWith(a.facts().get(0).eventId());
        assertThat(a.facts()).isEqualTo(b.facts());
        assertThat(a.outbound()).isEqualTo(b.outbound());
    }

    @Test
    void deadlines_follow_the_state_and_stop_when_they_no_longer_apply() {
        // given a request in sourcing that nobody from staff has touched
        journey.reach(RequestStatus.SOURCING);
        var deadlines = decider.deadlines(journey.state());
        assertThat(deadlines).containsKeys(Deadline.FIRST_AGENT_REPLY, Deadline.QUOTE, Deadline.OUTREACH_WINDOW);
        assertThat(deadlines.get(Deadline.FIRST_AGENT_REPLY)).isEqualTo(
                journey.state().snapshot().createdAt().plus(Duration.ofMinutes(5)));

        // when an agent writes in the chat and a store says yes
        journey.apply(new Input.AgentMessage("agent-1"));
        journey.apply(new Input.StoreMessage("store-1", "YES 90"));

        // then only the quote SLA is still running
        assertThat(decider.deadlines(journey.state())).containsOnlyKeys(Deadline.QUOTE);
    }

    @Test
    void a_breached_sla_is_published_once_and_admins_are_told() {
        journey.reach(RequestStatus.SOURCING);
        var due = decider.deadlines(journey.state()).get(Deadline.QUOTE);

        Decision.Accepted breached = (Decision.Accepted) journey.apply(new Input.DeadlinePassed(Deadline.QUOTE, due));
        Decision again = journey.apply(new Input.DeadlinePassed(Deadline.QUOTE, due));

        assertThat(breached.facts()).extracting(Fact::event).containsExactly(
                new RequestEvent.SlaBreached("req-1", Sla.QUOTE, due, RequestStatus.SOURCING));
        assertThat(breached.outbound()).anySatisfy(o -> assertThat(((Outbound.Notify) o).recipient().kind())
                .isEqualTo(Recipient.Kind.ADMIN));
        assertThat(again).isInstanceOf(Decision.Ignored.class);
    }

    @Test
    void a_deadline_read_back_from_the_millisecond_index_still_matches_a_state_with_finer_times() {
        // given a request created at a time with nanoseconds, as a real clock gives
        RequestDecider decider = Journey.standardDecider();
        Instant created = Instant.parse("2026-03-02T06:30:00.123456789Z");
        Decision.Accepted accepted = (Decision.Accepted) decider.decide("req-n", null,
                new Input.Command("cmd-1", new Journey(decider, "req-n").create()), created);
        Instant dueInIndex = Instant.ofEpochMilli(created.plus(Duration.ofMinutes(5)).toEpochMilli());

        // when the timer fires with the index's millisecond time
        Decision fired = decider.decide("req-n", accepted.state(),
                new Input.DeadlinePassed(Deadline.FIRST_AGENT_REPLY, dueInIndex), created.plus(Duration.ofMinutes(6)));

        // then it is recognised as the request's deadline
        assertThat(fired).isInstanceOf(Decision.Accepted.class);
        assertThat(((Decision.Accepted) fired).facts()).extracting(Fact::event).containsExactly(
                new RequestEvent.SlaBreached("req-n", Sla.FIRST_AGENT_REPLY, dueInIndex, RequestStatus.ENRICHING));
    }

    @Test
    void with_cancel_on_expiry_an_expired_quote_cancels_the_request_and_tells_the_customer() {
        // given a quoted request under a policy that cancels on expiry
        RequestDecider strict = new RequestDecider(cancellingOnExpiry(LifecyclePolicy.defaults()), Journey.ONE_SHOP);
        Journey quoted = new Journey(strict, "req-3").reach(RequestStatus.QUOTED);

        // when the quote's validity runs out
        Decision.Accepted expired = (Decision.Accepted) quoted.apply(new Input.DeadlinePassed(Deadline.QUOTE_EXPIRY,
                strict.deadlines(quoted.state()).get(Deadline.QUOTE_EXPIRY)));

        // then the request is cancelled, not sent back to sourcing, and the customer hears of it
        assertThat(expired.state().snapshot().status()).isEqualTo(RequestStatus.CANCELLED);
        assertThat(expired.facts()).extracting(f -> f.event().getClass().getSimpleName())
                .containsExactly("QuoteExpired", "Cancelled");
        assertThat(expired.outbound()).anySatisfy(o -> assertThat(((Outbound.Notify) o).templateId())
                .isEqualTo("request.quote-expired"));
    }

    @Test
    void with_cancel_on_expiry_an_expired_payment_link_cancels_the_request() {
        // given a request awaiting payment under a policy that cancels on expiry
        RequestDecider strict = new RequestDecider(cancellingOnExpiry(LifecyclePolicy.defaults()), Journey.ONE_SHOP);
        Journey awaiting = new Journey(strict, "req-4").reach(RequestStatus.AWAITING_PAYMENT);
        String linkId = awaiting.state().snapshot().paymentLink() == null ? "plink_1"
                : awaiting.state().snapshot().paymentLink().linkId();

        // when the payment link expires
        Decision.Accepted expired = (Decision.Accepted) awaiting.apply(new Input.PaymentLinkExpired(linkId));

        // then
        assertThat(expired.state().snapshot().status()).isEqualTo(RequestStatus.CANCELLED);
        assertThat(expired.facts()).extracting(f -> f.event().getClass().getSimpleName())
                .containsExactly("PaymentLinkExpired", "Cancelled");
        assertThat(expired.outbound()).as("the gateway closed the expired link itself")
                .noneMatch(Outbound.CancelPaymentLink.class::isInstance);
    }

    private static LifecyclePolicy cancellingOnExpiry(LifecyclePolicy p) {
        return new LifecyclePolicy(p.firstAgentReply(), p.quoteSla(), p.paymentSla(), p.outreachWindow(),
                p.quoteValidity(), p.storesPerRound(), p.initialRadiusKm(), p.radiusGrowth(), p.maxOutreachRounds(),
                p.autoQuote(), p.deliveryFee(), p.freeDeliveryFrom(), LifecyclePolicy.OnExpiry.CANCEL,
                LifecyclePolicy.OnExpiry.CANCEL);
    }

    private static LifecyclePolicy withAutoQuote(LifecyclePolicy p) {
        return new LifecyclePolicy(p.firstAgentReply(), p.quoteSla(), p.paymentSla(), p.outreachWindow(),
                p.quoteValidity(), p.storesPerRound(), p.initialRadiusKm(), p.radiusGrowth(), p.maxOutreachRounds(), true,
                p.deliveryFee(), p.freeDeliveryFrom(), p.onQuoteExpiry(), p.onPaymentLinkExpiry());
    }
}
