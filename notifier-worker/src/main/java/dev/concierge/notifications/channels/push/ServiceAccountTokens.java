package dev.concierge.notifications.channels.push;

import com.google.auth.oauth2.GoogleCredentials;
import dev.concierge.notifications.channels.ProviderUnavailableException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * OAuth access tokens for FCM HTTP v1 from a Google service account's JSON key (Google's auth
 * library: a signed JWT exchanged at the key's {@code token_uri}), refreshed before they expire.
 */
final class ServiceAccountTokens implements Supplier<String> {

    private static final String FCM_SCOPE = "https://www.googleapis.com/auth/firebase.messaging";

    private final GoogleCredentials credentials;

    private ServiceAccountTokens(GoogleCredentials credentials) {
        this.credentials = credentials;
    }

    static ServiceAccountTokens fromKeyFile(Path keyFile) {
        try (InputStream key = Files.newInputStream(keyFile)) {
            return new ServiceAccountTokens(GoogleCredentials.fromStream(key).createScoped(List.of(FCM_SCOPE)));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the FCM service account key " + keyFile, e);
        }
    }

    @Override
    public synchronized String get() {
        try {
            credentials.refreshIfExpired();
            return credentials.getAccessToken().getTokenValue();
        } catch (IOException e) {
            throw new ProviderUnavailableException("fcm-token-unavailable", e);
        }
    }
}
