package dev.concierge.ingest.auth.application;

import dev.concierge.ingest.auth.application.StaffAccounts.StaffAccount;
import dev.concierge.ingest.shared.application.Caller;
import dev.concierge.ingest.shared.application.TooManyRequestsException;
import dev.concierge.ingest.shared.application.UnauthenticatedException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Staff sign in with email and password; the answer never says which of the two was wrong. After
 * repeated wrong passwords the email is locked for a while (429 with Retry-After, even for the right
 * password), known or not, so that guessing is slow and the lock tells nothing about accounts.
 */
public final class StaffSignIn {

    private final StaffAccounts staff;
    private final PasswordHasher passwords;
    private final Sessions sessions;
    private final LoginLockout lockout;
    private final LoginLockout.Policy lockoutPolicy;
    /** Checked when the email is unknown, so that both failures take the same time. */
    private final String decoyHash;

    public StaffSignIn(StaffAccounts staff, PasswordHasher passwords, Sessions sessions, LoginLockout lockout,
            LoginLockout.Policy lockoutPolicy) {
        this.staff = staff;
        this.passwords = passwords;
        this.sessions = sessions;
        this.lockout = lockout;
        this.lockoutPolicy = lockoutPolicy;
        this.decoyHash = passwords.hash("decoy-password-for-timing");
    }

    public Session login(String email, String password) {
        String normalised = normaliseEmail(email);
        Optional<Duration> locked = lockout.reserveAttempt(normalised, lockoutPolicy);
        if (locked.isPresent()) {
            throw new TooManyRequestsException("too many wrong passwords for this email; sign-in is locked for a while",
                    locked.get());
        }
        Optional<StaffAccount> account = staff.byEmail(normalised);
        String hash = account.map(StaffAccount::passwordHash).orElse(decoyHash);
        boolean matches = password != null && passwords.matches(password, hash == null ? decoyHash : hash);
        if (account.isEmpty() || account.get().passwordHash() == null || !matches) {
            throw new UnauthenticatedException("email or password is wrong");
        }
        lockout.clear(normalised);
        return sessions.open(new Caller(account.get().id(), account.get().role()));
    }

    public static String normaliseEmail(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }
}
