package dev.concierge.requests.lifecycle;

import dev.concierge.schemas.common.Money;
import dev.concierge.schemas.requests.RequestSnapshot;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The aggregate as stored: the published snapshot plus the bookkeeping the snapshot does not
 * show (whether an agent has spoken yet, which SLAs and one-off reminders already fired, what the customer answered
 * to open questions, oldest first, the questions asked in every earlier round, so that the analysis never asks
 * one again, and the amount of a refund the gateway failed, which a retry asks for again).
 * {@code failedRefund} is null when no refund is waiting for a retry (and in states stored before it existed);
 * {@code askedQuestions} is empty in states stored before it existed. {@code resentBy} holds the event ids of
 * the latest ResendPaymentLink commands answered (at most {@value #RESENDS_KEPT}), so a redelivered one is
 * recognised; empty in states stored before it existed.
 */
public record RequestState(
        RequestSnapshot snapshot,
        boolean agentReplied,
        Set<Deadline> breachedSlas,
        List<String> answers,
        Money failedRefund,
        List<String> askedQuestions,
        List<String> resentBy) {

    static final int RESENDS_KEPT = 20;

    public RequestState {
        breachedSlas = Set.copyOf(breachedSlas);
        answers = List.copyOf(answers);
        askedQuestions = askedQuestions == null ? List.of() : List.copyOf(askedQuestions);
        resentBy = resentBy == null ? List.of() : List.copyOf(resentBy);
    }

    public static RequestState of(RequestSnapshot snapshot) {
        return new RequestState(snapshot, false, Set.of(), List.of(), null, List.of(), List.of());
    }

    RequestState withSnapshot(RequestSnapshot next) {
        return new RequestState(next, agentReplied, breachedSlas, answers, failedRefund, askedQuestions, resentBy);
    }

    RequestState withAgentReplied() {
        return new RequestState(snapshot, true, breachedSlas, answers, failedRefund, askedQuestions, resentBy);
    }

    RequestState withFailedRefund(Money amount) {
        return new RequestState(snapshot, agentReplied, breachedSlas, answers, amount, askedQuestions, resentBy);
    }

    RequestState withBreached(Deadline sla) {
        EnumSet<Deadline> more = EnumSet.noneOf(Deadline.class);
        more.addAll(breachedSlas);
        more.add(sla);
        return new RequestState(snapshot, agentReplied, more, answers, failedRefund, askedQuestions, resentBy);
    }

    RequestState withoutFired(Deadline timer) {
        EnumSet<Deadline> fewer = EnumSet.noneOf(Deadline.class);
        fewer.addAll(breachedSlas);
        fewer.remove(timer);
        return new RequestState(snapshot, agentReplied, fewer, answers, failedRefund, askedQuestions, resentBy);
    }

    /** The customer's answers so far and every question asked so far, both oldest first. */
    RequestState withAnswers(List<String> lines, List<String> asked) {
        return new RequestState(snapshot, agentReplied, breachedSlas, lines, failedRefund, asked, resentBy);
    }

    /** Records that the resend command {@code commandEventId} was answered, forgetting the oldest beyond the bound. */
    RequestState withResent(String commandEventId) {
        List<String> kept = new ArrayList<>(resentBy);
        kept.add(commandEventId);
        List<String> latest = kept.subList(Math.max(0, kept.size() - RESENDS_KEPT), kept.size());
        return new RequestState(snapshot, agentReplied, breachedSlas, answers, failedRefund, askedQuestions, latest);
    }
}
