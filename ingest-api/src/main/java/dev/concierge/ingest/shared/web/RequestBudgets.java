package dev.concierge.ingest.shared.web;

import dev.concierge.ingest.shared.application.Answers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ThreadLocalRandom;
import org.redisson.api.RScript;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;

/**
 * Per-address and per-user request budgets shared by all instances through Redis: at most
 * {@code permits} spent in any window of {@code period} (a sliding window, kept as a sorted set of
 * the spending times). Each write spends one permit of each budget that applies; a batch spends one
 * per line.
 *
 * <p>One Lua script checks and spends every budget of a request in a single round trip, against
 * Redis's own clock (so instances with skewed clocks share one window): nothing is spent unless
 * every budget has a permit left. (Redisson's {@code RRateLimiter}, used before, took three round
 * trips per budget.) Redisson sends the script by its SHA-1 ({@code useScriptCache}, set where the
 * client is built), so the script text crosses the network only after a Redis restart.
 *
 * <p>The same script can carry <em>vetoes</em>: keys that refuse the request if any of them exists
 * (the revocation markers of the caller's access token, see {@code auth.web.RevokedTokens}). They
 * are checked first and a vetoed request spends nothing, so a write needs one Redis round trip for
 * revocation and both budgets together.
 *
 * <p>Requests that arrive while a call is out go together in the next one, each still checked and spent
 * as if alone, in arrival order (the script loops over them): under load one round trip and one script
 * run serve many requests, and a request on a quiet instance goes at once. One call was most of the Redis
 * client's and Redis's CPU per message.
 *
 * <p>A budget's name carries its configuration ({@code budget:<who>:<permits>/<period>ms}): a
 * changed limit is a new budget from the next start of any instance, under load too, while the old
 * one idles out (each key expires one period after its last spending).
 */
public final class RequestBudgets {

    /**
     * Several requests' spending, each as if it came alone, in the order given. ARGV[1] is the number of
     * requests; then for each: the member to spend, how many vetoes and budgets it has, then permits and
     * period of each budget; KEYS hold each request's vetoes, then its budgets. Returns for each request -1
     * when a veto exists, 0 when every budget had a permit (now spent), else the 1-based index of the first
     * budget that had none (nothing spent).
     *
     * <p>Redis's work is per call and per key, not per request, since each {@code redis.call} costs more in
     * the script than the command itself: every veto key of the call is asked in one {@code EXISTS} (one by one
     * only when some exists, which is rare); each budget is counted once, the count kept as requests spend, and
     * the spendings added in one {@code ZADD} at the end (a budget's key names its permits and period, so one
     * key has one period). A budget is trimmed of spendings older than its period only when its count reaches
     * its permits: below that the untrimmed count already allows the request (the true count is no larger), so
     * the answer is the same as trimming every time, and a set never holds much more than its permits.
     */
    private static final String SPEND = """
            local clock = redis.call('TIME')
            local now = tonumber(clock[1]) * 1000 + math.floor(tonumber(clock[2]) / 1000)
            local requests = tonumber(ARGV[1])
            local vetoKeys, k, a = {}, 1, 2
            for r = 1, requests do
              local vetoes, budgets = tonumber(ARGV[a + 1]), tonumber(ARGV[a + 2])
              for v = k, k + vetoes - 1 do
                table.insert(vetoKeys, KEYS[v])
              end
              k = k + vetoes + budgets
              a = a + 3 + 2 * budgets
            end
            local anyVeto = #vetoKeys > 0 and redis.call('EXISTS', unpack(vetoKeys)) > 0
            local counts, periods, trimmed, spent, denied, results = {}, {}, {}, {}, {}, {}
            k, a = 1, 2
            for r = 1, requests do
              local member, vetoes, budgets = ARGV[a], tonumber(ARGV[a + 1]), tonumber(ARGV[a + 2])
              a = a + 3
              local result = 0
              if anyVeto then
                for v = k, k + vetoes - 1 do
                  if denied[KEYS[v]] == nil then
                    denied[KEYS[v]] = redis.call('EXISTS', KEYS[v]) > 0
                  end
                  if denied[KEYS[v]] then
                    result = -1
                  end
                end
              end
              local first = k + vetoes
              if result == 0 then
                for i = 0, budgets - 1 do
                  local key = KEYS[first + i]
                  if counts[key] == nil then
                    periods[key] = tonumber(ARGV[a + 2 * i + 1])
                    counts[key] = redis.call('ZCARD', key)
                    spent[key] = {}
                  end
                  local permits = tonumber(ARGV[a + 2 * i])
                  if counts[key] >= permits and not trimmed[key] then
                    redis.call('ZREMRANGEBYSCORE', key, '-inf', now - periods[key])
                    counts[key] = redis.call('ZCARD', key) + #spent[key] / 2
                    trimmed[key] = true
                  end
                  if counts[key] >= permits then
                    result = i + 1
                    break
                  end
                end
              end
              if result == 0 then
                for i = 0, budgets - 1 do
                  local key = KEYS[first + i]
                  counts[key] = counts[key] + 1
                  table.insert(spent[key], now)
                  table.insert(spent[key], member)
                end
              end
              results[r] = result
              k = first + budgets
              a = a + 2 * budgets
            end
            for key, members in pairs(spent) do
              if #members > 0 then
                redis.call('ZADD', key, unpack(members))
                redis.call('PEXPIRE', key, periods[key])
              end
            end
            return results
            """;
    /** Requests spent in one script call at most; the rest wait for the next. */
    private static final int MOST_AT_ONCE = 256;

    private final RScript scripts;
    private final Budget perAddress;
    private final Budget perUser;
    /** Guarded by {@code this}. */
    private final List<Spending> waiting = new ArrayList<>();
    private boolean sending;

    public RequestBudgets(RedissonClient redisson, Budget perAddress, Budget perUser) {
        this.scripts = redisson.getScript(StringCodec.INSTANCE);
        this.perAddress = perAddress;
        this.perUser = perUser;
    }

    /**
     * Spends one permit of the address's budget and, for a signed-in caller ({@code userIdOrNull}
     * not null), of the user's, in one round trip. Empty when both had one; otherwise which budget
     * is used up, and nothing was spent.
     */
    public Optional<Refusal> spend(String address, String userIdOrNull) {
        return spend(address, userIdOrNull, List.of());
    }

    /**
     * As {@link #spend(String, String)}, but first refused with {@link Refusal#VETOED} (nothing spent)
     * when any of the {@code vetoes} keys exists in Redis; all in the same round trip.
     */
    public Optional<Refusal> spend(String address, String userIdOrNull, List<String> vetoes) {
        return Answers.await(spendAsync(address, userIdOrNull, vetoes));
    }

    /**
     * The same without holding a thread while Redis answers; the stage completes on the Redis client's
     * I/O thread, and fails as {@link #spend} throws (a {@code RedisException} when Redis is away).
     */
    public CompletionStage<Optional<Refusal>> spendAsync(String address, String userIdOrNull, List<String> vetoes) {
        Refusal byAddress = new Refusal("this address", perAddress.period());
        return userIdOrNull == null
                ? spendAll(vetoes, List.of(named("ip:" + address, perAddress)), List.of(byAddress))
                : spendAll(vetoes, List.of(named("ip:" + address, perAddress), named("user:" + userIdOrNull, perUser)),
                        List.of(byAddress, new Refusal("this user", perUser.period())));
    }

    /** Empty when the address had a permit left (now spent); otherwise the budget's period, for Retry-After. */
    public Optional<Duration> spendForAddress(String address) {
        return spend(address, null).map(Refusal::retryAfter);
    }

    public Optional<Duration> spendForUser(String userId) {
        return Answers.await(spendAll(List.of(), List.of(named("user:" + userId, perUser)),
                List.of(new Refusal("this user", perUser.period())))).map(Refusal::retryAfter);
    }

    private CompletionStage<Optional<Refusal>> spendAll(List<String> vetoes, List<NamedBudget> budgets,
            List<Refusal> refusals) {
        Spending spending = new Spending(vetoes, budgets, refusals, new CompletableFuture<>());
        List<Spending> batch = null;
        synchronized (this) {
            waiting.add(spending);
            if (!sending) {
                sending = true;
                batch = nextBatch();
            }
        }
        if (batch != null) {
            send(batch);
        }
        return spending.answer();
    }

    /**
     * One script call at a time: what arrives while it runs waits and goes together in the next one. Under
     * load a call carries many requests (one round trip and one script run instead of one each); alone, a
     * request goes at once.
     */
    private void send(List<Spending> batch) {
        CompletionStage<List<Object>> answers;
        try {
            answers = scripts.evalAsync(RScript.Mode.READ_WRITE, SPEND, RScript.ReturnType.MULTI, keysOf(batch),
                    argumentsOf(batch));
        } catch (RuntimeException e) {
            answers = CompletableFuture.failedFuture(e);
        }
        answers.whenComplete((results, failure) -> {
            List<Spending> next;
            synchronized (this) {
                next = waiting.isEmpty() ? null : nextBatch();
                sending = next != null;
            }
            if (next != null) {
                send(next);
            }
            for (int i = 0; i < batch.size(); i++) {
                Spending spending = batch.get(i);
                if (failure != null) {
                    spending.answer().completeExceptionally(failure);
                } else {
                    spending.answer().complete(spending.outcome(((Number) results.get(i)).intValue()));
                }
            }
        });
    }

    private List<Spending> nextBatch() {
        int size = Math.min(waiting.size(), MOST_AT_ONCE);
        List<Spending> batch = new ArrayList<>(waiting.subList(0, size));
        waiting.subList(0, size).clear();
        return batch;
    }

    private static List<Object> keysOf(List<Spending> batch) {
        List<Object> keys = new ArrayList<>();
        for (Spending spending : batch) {
            keys.addAll(spending.vetoes());
            spending.budgets().forEach(budget -> keys.add(budget.key()));
        }
        return keys;
    }

    private static Object[] argumentsOf(List<Spending> batch) {
        List<Object> args = new ArrayList<>();
        args.add(Integer.toString(batch.size()));
        for (Spending spending : batch) {
            // the member spent in each sorted set; only needs to be unique within one window of one budget
            args.add(Long.toHexString(ThreadLocalRandom.current().nextLong()));
            args.add(Integer.toString(spending.vetoes().size()));
            args.add(Integer.toString(spending.budgets().size()));
            for (NamedBudget budget : spending.budgets()) {
                args.add(Long.toString(budget.budget().permits()));
                args.add(Long.toString(budget.budget().period().toMillis()));
            }
        }
        return args.toArray();
    }

    /** One request's spending, waiting for its turn or its answer. */
    private record Spending(List<String> vetoes, List<NamedBudget> budgets, List<Refusal> refusals,
            CompletableFuture<Optional<Refusal>> answer) {

        Optional<Refusal> outcome(int refused) {
            return refused < 0 ? Optional.of(Refusal.VETOED)
                    : refused == 0 ? Optional.empty() : Optional.of(refusals.get(refused - 1));
        }
    }

    private static NamedBudget named(String who, Budget budget) {
        return new NamedBudget("budget:" + who + ":" + budget.permits() + "/" + budget.period().toMillis() + "ms", budget);
    }

    private record NamedBudget(String key, Budget budget) {
    }

    /** {@code permits} per any window of {@code period}. */
    public record Budget(long permits, Duration period) {
    }

    /**
     * Whose budget is used up ("this address", "this user") and how long to tell the client to wait
     * (Retry-After); or {@link #VETOED}, when a veto key existed.
     */
    public record Refusal(String who, Duration retryAfter) {

        /** A veto key existed: the request is refused for that reason, not for its budget. */
        public static final Refusal VETOED = new Refusal("a veto", Duration.ZERO);

        public boolean vetoed() {
            return this == VETOED;
        }
    }
}
