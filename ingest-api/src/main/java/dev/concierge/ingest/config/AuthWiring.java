package dev.concierge.ingest.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import dev.concierge.ingest.auth.application.AccessDenyList;
import dev.concierge.ingest.auth.application.CustomerAccounts;
import dev.concierge.ingest.auth.application.FirstAdmin;
import dev.concierge.ingest.auth.application.LoginLockout;
import dev.concierge.ingest.auth.application.OtpPolicy;
import dev.concierge.ingest.auth.application.OtpSignIn;
import dev.concierge.ingest.auth.application.PasswordHasher;
import dev.concierge.ingest.auth.application.PasswordReset;
import dev.concierge.ingest.auth.application.SecretGenerator;
import dev.concierge.ingest.auth.application.SecretHasher;
import dev.concierge.ingest.auth.application.Sessions;
import dev.concierge.ingest.auth.application.StaffAccountEvents;
import dev.concierge.ingest.auth.application.StaffAccounts;
import dev.concierge.ingest.auth.application.StaffSignIn;
import dev.concierge.ingest.auth.persistence.MongoCustomerAccounts;
import dev.concierge.ingest.auth.persistence.MongoStaffAccounts;
import dev.concierge.ingest.auth.persistence.RedisAccessDenyList;
import dev.concierge.ingest.auth.persistence.RedisLoginLockout;
import dev.concierge.ingest.auth.persistence.RedisOtpChallenges;
import dev.concierge.ingest.auth.persistence.RedisRefreshTokens;
import dev.concierge.ingest.auth.persistence.RedisResetTokens;
import dev.concierge.ingest.auth.security.BcryptPasswordHasher;
import dev.concierge.ingest.auth.security.JwtTokenIssuer;
import dev.concierge.ingest.auth.security.PublishedSigningKey;
import dev.concierge.ingest.auth.security.RandomSecretGenerator;
import dev.concierge.ingest.auth.security.RememberedTokenParser;
import dev.concierge.ingest.shared.application.BoundedCache;
import dev.concierge.ingest.shared.application.EventPublisher;
import dev.concierge.ingest.shared.application.IdGenerator;
import dev.concierge.schemas.notifications.VariableCipher;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.redisson.api.RedissonClient;

/**
 * Sign-in: hashing and secrets, customer and staff accounts, sessions, OTP, lockout and password reset.
 * The only place that knows which adapter backs which port of this capability.
 */
@ApplicationScoped
public class AuthWiring {

    @Produces
    @Singleton
    SecretHasher secretHasher(@ConfigProperty(name = "concierge.auth.hash-pepper") String pepper) {
        return new SecretHasher(pepper.getBytes(StandardCharsets.UTF_8));
    }

    @Produces
    @Singleton
    VariableCipher variableCipher(@ConfigProperty(name = "concierge.notify.variables-key") String base64Key) {
        return VariableCipher.fromBase64Key(base64Key);
    }

    @Produces
    @Singleton
    SecretGenerator secretGenerator() {
        return new RandomSecretGenerator();
    }

    @Produces
    @Singleton
    PasswordHasher passwordHasher(@ConfigProperty(name = "concierge.auth.bcrypt-cost") int cost) {
        return new BcryptPasswordHasher(cost);
    }

    /**
     * Replaces the JWT extension's parser (its bean stays, as the verifier behind this one): each
     * access token is verified once and remembered until it expires.
     */
    @Produces
    @Singleton
    @Alternative
    @Priority(1)
    RememberedTokenParser rememberedTokenParser(DefaultJWTParser verifier, Clock clock,
            @ConfigProperty(name = "concierge.auth.verified-tokens.capacity") int capacity) {
        return new RememberedTokenParser(verifier, new BoundedCache<String, JsonWebToken>(capacity, clock));
    }

    @Produces
    @Singleton
    AccessDenyList accessDenyList(RedissonClient redisson, Clock clock) {
        return new RedisAccessDenyList(redisson, clock);
    }

    @Produces
    @Singleton
    CustomerAccounts customerAccounts(MongoDatabase database, ObjectMapper mapper) {
        return new MongoCustomerAccounts(database, mapper);
    }

    @Produces
    @Singleton
    StaffAccounts staffAccounts(MongoDatabase database) {
        return new MongoStaffAccounts(database);
    }

    @Produces
    @Singleton
    PublishedSigningKey publishedSigningKey(
            @ConfigProperty(name = "mp.jwt.verify.publickey.location") String publicKeyLocation) {
        return new PublishedSigningKey(publicKeyLocation);
    }

    @Produces
    @Singleton
    Sessions sessions(RedissonClient redisson, AccessDenyList denyList, SecretGenerator secrets, SecretHasher hasher,
            Clock clock, IdGenerator ids, PublishedSigningKey signingKey,
            @ConfigProperty(name = "concierge.jwt.issuer") String issuer,
            @ConfigProperty(name = "concierge.auth.access-token-lifetime") Duration accessLifetime,
            @ConfigProperty(name = "concierge.auth.refresh-token-lifetime") Duration refreshLifetime) {
        return new Sessions(new JwtTokenIssuer(issuer, clock, ids, signingKey), new RedisRefreshTokens(redisson), denyList, secrets,
                hasher, accessLifetime, refreshLifetime);
    }

    @Produces
    @Singleton
    OtpSignIn otpSignIn(RedissonClient redisson, CustomerAccounts customers, SecretGenerator secrets,
            SecretHasher hasher, VariableCipher encryptor, EventPublisher events, Sessions sessions, IdGenerator ids,
            @ConfigProperty(name = "concierge.auth.otp.lifetime") Duration lifetime,
            @ConfigProperty(name = "concierge.auth.otp.max-failures") int maxFailures,
            @ConfigProperty(name = "concierge.auth.otp.resend-after") Duration resendAfter,
            @ConfigProperty(name = "concierge.auth.otp.wrong-guesses-per-hour") int wrongGuessesPerHour,
            @ConfigProperty(name = "concierge.auth.otp.wrong-guesses-per-day") int wrongGuessesPerDay,
            @ConfigProperty(name = "concierge.auth.otp.sends-per-hour") int sendsPerHour,
            @ConfigProperty(name = "concierge.auth.otp.sends-per-day") int sendsPerDay) {
        return new OtpSignIn(new RedisOtpChallenges(redisson), customers, secrets, hasher, encryptor, events, sessions,
                ids, new OtpPolicy(lifetime, maxFailures, resendAfter,
                        new OtpPolicy.Budget(wrongGuessesPerHour, wrongGuessesPerDay),
                        new OtpPolicy.Budget(sendsPerHour, sendsPerDay)));
    }

    @Produces
    @Singleton
    LoginLockout loginLockout(RedissonClient redisson) {
        return new RedisLoginLockout(redisson);
    }

    @Produces
    @Singleton
    StaffSignIn staffSignIn(StaffAccounts staff, PasswordHasher passwords, Sessions sessions, LoginLockout lockout,
            @ConfigProperty(name = "concierge.auth.login.max-failures") int maxFailures,
            @ConfigProperty(name = "concierge.auth.login.first-lock") Duration firstLock,
            @ConfigProperty(name = "concierge.auth.login.max-lock") Duration maxLock,
            @ConfigProperty(name = "concierge.auth.login.failure-memory") Duration memory) {
        return new StaffSignIn(staff, passwords, sessions, lockout,
                new LoginLockout.Policy(maxFailures, firstLock, maxLock, memory));
    }

    @Produces
    @Singleton
    PasswordReset passwordReset(StaffAccounts staff, RedissonClient redisson, PasswordHasher passwords,
            SecretGenerator secrets, SecretHasher hasher, VariableCipher encryptor, EventPublisher events,
            IdGenerator ids, LoginLockout lockout,
            @ConfigProperty(name = "concierge.auth.reset-token-lifetime") Duration lifetime,
            @ConfigProperty(name = "concierge.auth.password-reset.per-email-per-hour") int requestsPerHour) {
        return new PasswordReset(staff, new RedisResetTokens(redisson), passwords, secrets, hasher, encryptor, events,
                ids, lifetime, requestsPerHour, lockout);
    }

    @Produces
    @Singleton
    StaffAccountEvents staffAccountEvents(EventPublisher events) {
        return new StaffAccountEvents(events);
    }

    @Produces
    @Singleton
    FirstAdmin firstAdmin(StaffAccounts staff, PasswordHasher passwords, StaffAccountEvents staffEvents) {
        return new FirstAdmin(staff, passwords, staffEvents);
    }
}
