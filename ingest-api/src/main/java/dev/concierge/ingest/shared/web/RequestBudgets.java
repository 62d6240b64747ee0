package dev.concierge.ingest.shared.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
 * <p>A budget's name carries its configuration ({@code budget:<who>:<permits>/<period>ms}): a
 * changed limit is a new budget from the next start of any instance, under load too, while the old
 * one idles out (each key expires one period after its last spending).
 */
public final class RequestBudgets {

    /** Returns 0 when every budget had a permit (now spent), else the 1-based index of the first that had none. */
    private static final String SPEND = """
            local clock = redis.call('TIME')
            local now = tonumber(clock[1]) * 1000 + math.floor(tonumber(clock[2]) / 1000)
            for i, key in ipairs(KEYS) do
              local period = tonumber(ARGV[2 * i + 1])
              redis.call('ZREMRANGEBYSCORE', key, '-inf', now - period)
              if redis.call('ZCARD', key) >= tonumber(ARGV[2 * i]) then
                return i
              end
            end
            for i, key in ipairs(KEYS) do
              redis.call('ZADD', key, now, ARGV[1])
              redis.call('PEXPIRE', key, tonumber(ARGV[2 * i + 1]))
            end
            return 0
            """;

    private final RScript scripts;
    private final Budget perAddress;
    private final Budget perUser;

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
        Refusal byAddress = new Refusal("this address", perAddress.period());
        return userIdOrNull == null ? spendAll(List.of(named("ip:" + address, perAddress)), List.of(byAddress))
                : spendAll(List.of(named("ip:" + address, perAddress), named("user:" + userIdOrNull, perUser)),
                        List.of(byAddress, new Refusal("this user", perUser.period())));
    }

    /** Empty when the address had a permit left (now spent); otherwise the budget's period, for Retry-After. */
    public Optional<Duration> spendForAddress(String address) {
        return spend(address, null).map(Refusal::retryAfter);
    }

    public Optional<Duration> spendForUser(String userId) {
        return spendAll(List.of(named("user:" + userId, perUser)), List.of(new Refusal("this user", perUser.period())))
                .map(Refusal::retryAfter);
    }

    private Optional<Refusal> spendAll(List<NamedBudget> budgets, List<Refusal> refusals) {
        List<Object> keys = new ArrayList<>(budgets.size());
        List<Object> args = new ArrayList<>(1 + 2 * budgets.size());
        // the member spent in each sorted set; only needs to be unique within one window of one budget
        args.add(Long.toHexString(ThreadLocalRandom.current().nextLong()));
        for (NamedBudget budget : budgets) {
            keys.add(budget.key());
            args.add(Long.toString(budget.budget().permits()));
            args.add(Long.toString(budget.budget().period().toMillis()));
        }
        Long refused = scripts.eval(RScript.Mode.READ_WRITE, SPEND, RScript.ReturnType.INTEGER, keys, args.toArray());
        return refused == 0 ? Optional.empty() : Optional.of(refusals.get(refused.intValue() - 1));
    }

    private static NamedBudget named(String who, Budget budget) {
        return new NamedBudget("budget:" + who + ":" + budget.permits() + "/" + budget.period().toMillis() + "ms", budget);
    }

    private record NamedBudget(String key, Budget budget) {
    }

    /** {@code permits} per any window of {@code period}. */
    public record Budget(long permits, Duration period) {
    }

    /** Whose budget is used up ("this address", "this user") and how long to tell the client to wait (Retry-After). */
    public record Refusal(String who, Duration retryAfter) {
    }
}
