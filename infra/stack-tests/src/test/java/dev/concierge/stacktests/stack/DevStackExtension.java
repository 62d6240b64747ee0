package dev.concierge.stacktests.stack;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Brings up the dev stack once per test JVM, before the first {@link StackTest} class, and leaves it
 * in JUnit's root store, which closes it (stops the stack) when the run ends. Every later class reuses it.
 */
public final class DevStackExtension implements ExecutionCondition, BeforeAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(DevStackExtension.class);

    /** How long ago this JVM's launcher reported the stack it started ready; empty for a stack it did not start. */
    public static Optional<Duration> sinceTheStackWasReady() {
        Instant readyAt = RunningStack.readyAt;
        return readyAt == null ? Optional.empty() : Optional.of(Duration.between(readyAt, Instant.now()));
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (StackMode.current() == StackMode.SKIP) {
            return ConditionEvaluationResult.disabled("stack tests skipped (" + StackMode.PROPERTY + "=skip or "
                    + StackMode.VARIABLE + "=skip)");
        }
        return ConditionEvaluationResult.enabled("stack tests run by default");
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(NAMESPACE)
                .computeIfAbsent(RunningStack.class, key -> RunningStack.bring(StackMode.current()), RunningStack.class)
                .requireUp();
    }
}
