package dev.concierge.notifications.channels.push;

import dev.concierge.notifications.channels.ProviderMode;
import java.util.Optional;

/** FCM through the dev outbox when {@code DEV_OUTBOX_URL} is set; otherwise push is off (see {@link FcmPush}). */
public record PushSettings(ProviderMode mode, String baseUrl, String project) {

    public static PushSettings choose(Optional<String> outboxUrl, String project) {
        return outboxUrl.map(url -> new PushSettings(ProviderMode.OUTBOX, url, project))
                .orElseGet(() -> new PushSettings(ProviderMode.OFF, "", project));
    }
}
