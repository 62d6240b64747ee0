package dev.concierge.bench.harness;

import dev.concierge.bench.kafka.Baselines;
import dev.concierge.bench.kafka.BrokerAdmin;
import dev.concierge.bench.stack.Customers;
import dev.concierge.bench.stack.Customers.Customer;
import dev.concierge.bench.stack.Stack;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

/**
 * What every benchmark of one run shares: the stack, the broker, the baselines' runner, the terminal, and
 * the signed-in customers (prepared once, on first use, for all the ingest benchmarks).
 */
public final class BenchRun {

    private final Stack stack;
    private final BrokerAdmin broker;
    private final PrintStream out;
    private final Duration measure;
    private final long seed;
    private List<Customer> customers;

    public BenchRun(Stack stack, BrokerAdmin broker, PrintStream out, Duration measure, long seed) {
        this.stack = stack;
        this.broker = broker;
        this.out = out;
        this.measure = measure;
        this.seed = seed;
    }

    public Stack stack() {
        return stack;
    }

    public BrokerAdmin broker() {
        return broker;
    }

    public Baselines baselines() {
        return new Baselines(stack.kafka(), out);
    }

    public PrintStream out() {
        return out;
    }

    /** How long each measured window of a throughput run lasts (after its warm-up). */
    public Duration measure() {
        return measure;
    }

    /** A number that differs between runs, so phones and ids of one run never collide with an earlier one's. */
    public long seed() {
        return seed;
    }

    public List<Customer> customers(int count, int requestsEach) throws Exception {
        if (customers == null) {
            out.printf("preparing %d customers with %d open requests each (OTP sign-in through the dev outbox)%n",
                    count, requestsEach);
            customers = new Customers(stack).prepare(count, requestsEach, seed, out);
        }
        return customers;
    }
}
