package dev.concierge.requests.lifecycle;

import dev.concierge.schemas.common.Money;
import dev.concierge.schemas.requests.RequestSnapshot;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The aggregate as stored: the published snapshot plus the bookkeeping the snapshot does not
 * show (whether an agent has spoken yet, which SLAs and one-off reminders already fired, what the customer answered
 * to open questions, oldest first, the questions asked in every earlier round, so that the analysis never asks
 * one again, and the amount of a refund the gateway failed, which a retry asks for again).
 * {@code failedRefund} is null when no refund is waiting for a retry (and in states stored before it existed);
 * {@code askedQuestions} is empty in states stored before it existed.
 */
public record RequestState(
        RequestSnapshot snapshot,
        boolean agentReplied,
        Set<Deadline> breachedSlas,
        List<String> answers,
        Money failedRefund,
        List<String> askedQuestions) {

    public RequestState {
        breachedSlas = Set.copyOf(breachedSlas);
        answers = List.copyOf(answers);
        askedQuestions = askedQuestions == null ? List.of() : List.copyOf(askedQuestions);
    }

    public static RequestState of(RequestSnapshot snapshot) {
        return new RequestState(snapshot, false, Set.of(), List.of(), null, List.of());
    }

    RequestState withSnapshot(RequestSnapshot next) {
        return new RequestState(next, agentReplied, breachedSlas, answers, failedRefund, askedQuestions);
    }

    RequestState withAgentReplied() {
        return new RequestState(snapshot, true, breachedSlas, answers, failedRefund, askedQuestions);
    }

    RequestState withFailedRefund(Money amount) {
        return new RequestState(snapshot, agentReplied, breachedSlas, answers, amount, askedQuestions);
    }

    RequestState withBreached(Deadline sla) {
        EnumSet<Deadline> more = EnumSet.noneOf(Deadline.class);
        more.addAll(breachedSlas);
        more.add(sla);
        return new RequestState(snapshot, agentReplied, more, answers, failedRefund, askedQuestions);
    }

    RequestState withoutFired(Deadline timer) {
        EnumSet<Deadline> fewer = EnumSet.noneOf(Deadline.class);
        fewer.addAll(breachedSlas);
        fewer.remove(timer);
        return new RequestState(snapshot, agentReplied, fewer, answers, failedRefund, askedQuestions);
    }

    /** The customer's answers so far and every question asked so far, both oldest first. */
    RequestState withAnswers(List<String> lines, List<String> asked) {
        return new RequestState(snapshot, agentReplied, breachedSlas, lines, failedRefund, asked);
    }
}
