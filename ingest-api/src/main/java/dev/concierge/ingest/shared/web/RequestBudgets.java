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
 * <p>The same script can carry <em>vetoes</em>: keys that refuse the request if any of them exists
 * (the revocation markers of the caller's access token, see {@code auth.web.RevokedTokens}). They
 * are checked first and a vetoed request spends nothing, so a write needs one Redis round trip for
 * revocation and both budgets together.
 *
 * <p>A budget's name carries its configuration ({@code budget:<who>:<permits>/<period>ms}): a
 * changed limit is a new budget from the next start of any instance, under load too, while the old
 * one idles out (each key expires one period after its last spending).
 */
public final class RequestBudgets {

    /**
     * KEYS: the vetoes (ARGV[2] of them), then the budgets; ARGV[1] the member to spend, then permits and
     * period of each budget. Returns -1 when a veto exists, 0 when every budget had a permit (now spent),
     * else the 1-based index of the first budget that had none.
     */
    private static final String SPEND = """
            local vetoes = tonumber(ARGV[2])
            if vetoes > 0 and redis.call('EXISTS', unpack(KEYS, 1, vetoes)) > 0 then
              return -1
            end
            local clock = redis.call('TIME')
            local now = tonumber(clock[1]) * 1000 + math.floor(tonumber(clock[2]) / 1000)
            for i = 1, #KEYS - vetoes do
              local key = KEYS[vetoes + i]
              local period = tonumber(ARGV[2 * i + 2])
              redis.call('ZREMRANGEBYSCORE', key, '-inf', now - period)
              if redis.call('ZCARD', key) >= tonumber(ARGV[2 * i + 1]) then
                return i
              end
            end
            for i = 1, #KEYS - vetoes do
              redis.call('ZADD', KEYS[vetoes + i], now, ARGV[1])
              redis.call('PEXPIRE', KEYS[vetoes + i], tonumber(ARGV[2 * i + 2]))
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
        return spend(address, userIdOrNull, List.of());
    }

    /**
     * As {@link #spend(String, String)}, but first refused with {@link Refusal#VETOED} (nothing spent)
     * when any of the {@code vetoes} keys exists in Redis; all in the same round trip.
     */
    public Optional<Refusal> spend(String address, String userIdOrNull, List<String> vetoes) {
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
        return spendAll(List.of(), List.of(named("user:" + userId, perUser)), List.of(new Refusal("this user", perUser.period())))
                .map(Refusal::retryAfter);
    }

    private Optional<Refusal> spendAll(List<String> vetoes, List<NamedBudget> budgets, List<Refusal> refusals) {
        List<Object> keys = new ArrayList<>(vetoes.size() + budgets.size());
        List<Object> args = new ArrayList<>(2 + 2 * budgets.size());
        // the member spent in each sorted set; only needs to be unique within one window of one budget
        args.add(Long.toHexString(ThreadLocalRandom.current().nextLong()));
        args.add(Integer.toString(vetoes.size()));
        keys.addAll(vetoes);
        for (NamedBudget budget : budgets) {
            keys.add(budget.key());
            args.add(Long.toString(budget.budget().permits()));
            args.add(Long.toString(budget.budget().period().toMillis()));
        }
        Long refused = scripts.eval(RScript.Mode.READ_WRITE, SPEND, RScript.ReturnType.INTEGER, keys, args.toArray());
        if (refused < 0) {
            return Optional.of(Refusal.VETOED);
        }
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
