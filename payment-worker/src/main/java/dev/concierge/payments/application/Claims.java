package dev.concierge.payments.application;

/**
 * Who first caused a money movement, kept where restarts do not lose it (a unique key in MongoDB).
 * {@code claim("capture:pay_1", cause)} is true for the first cause and again for that same cause
 * (a redelivery re-emits the same events with the same ids), false for any other cause.
 */
public interface Claims {

    boolean claim(String subject, String cause);

    boolean exists(String subject);
}
