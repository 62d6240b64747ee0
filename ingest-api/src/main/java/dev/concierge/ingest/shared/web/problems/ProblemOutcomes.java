package dev.concierge.ingest.shared.web.problems;

import java.util.function.Function;

/** Runs one item of a bulk or batch write and turns a refusal into that item's problem. */
public final class ProblemOutcomes {

    private ProblemOutcomes() {
    }

    @FunctionalInterface
    public interface Attempt<T> {
        T run() throws Exception;
    }

    public static <T> T attempt(Attempt<T> action, Function<ProblemDetail, T> onProblem) {
        try {
            return action.run();
        } catch (Exception e) {
            Problems.Problem problem = Problems.describe(e, null);
            if (problem == null) {
                throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
            }
            return onProblem.apply(problem.detail());
        }
    }
}
