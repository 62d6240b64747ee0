package dev.concierge.notifications.channels;

/** One budget per provider, shared by every notifier instance: waits until the next send is allowed. */
public interface RateLimits {

    void acquire(String provider);
}
