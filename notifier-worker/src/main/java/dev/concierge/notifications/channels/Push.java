package dev.concierge.notifications.channels;

import java.util.List;

/** Push notifications to a recipient's devices (FCM HTTP v1). */
public interface Push {

    ProviderMode mode();

    /** @return the provider's message id of the first device reached */
    String send(List<String> pushTokens, String title, String body);
}
