package dev.concierge.ingest.shared.application;

/** Credentials (OTP, password, refresh token, gateway signature) are missing or wrong. */
public class UnauthenticatedException extends RuntimeException {

    public UnauthenticatedException(String message) {
        super(message);
    }
}
