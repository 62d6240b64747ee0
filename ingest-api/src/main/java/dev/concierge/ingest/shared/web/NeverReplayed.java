package dev.concierge.ingest.shared.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks endpoints whose answers must never come back from the idempotency cache, because they
 * carry credentials (sign-in, token refresh). An {@code Idempotency-Key} sent to them is still bound
 * to the caller and the request (a different body with the same key answers 422), but the request
 * always runs again instead of replaying a stored answer.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface NeverReplayed {
}
