package dev.concierge.ingest.auth.application;

import dev.concierge.ingest.auth.application.StaffAccounts.StaffAccount;
import dev.concierge.ingest.shared.application.Caller;
import dev.concierge.ingest.shared.application.UnauthenticatedException;
import java.util.Locale;
import java.util.Optional;

/** Staff sign in with email and password; the answer never says which of the two was wrong. */
public final class StaffSignIn {

    private final StaffAccounts staff;
    private final PasswordHasher passwords;
    private final Sessions sessions;
    /** Checked when the email is unknown, so that both failures take the same time. */
    private final String decoyHash;

    public StaffSignIn(StaffAccounts staff, PasswordHasher passwords, Sessions sessions) {
        this.staff = staff;
        this.passwords = passwords;
        this.sessions = sessions;
        this.decoyHash = passwords.hash("decoy-password-for-timing");
    }

    public Session login(String email, String password) {
        Optional<StaffAccount> account = staff.byEmail(normaliseEmail(email));
        String hash = account.map(StaffAccount::passwordHash).orElse(decoyHash);
        boolean matches = password != null && passwords.matches(password, hash == null ? decoyHash : hash);
        if (account.isEmpty() || account.get().passwordHash() == null || !matches) {
            throw new UnauthenticatedException("email or password is wrong");
        }
        return sessions.open(new Caller(account.get().id(), account.get().role()));
    }

    public static String normaliseEmail(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }
}
