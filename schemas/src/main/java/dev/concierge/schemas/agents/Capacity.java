package dev.concierge.schemas.agents;

/** An agent who can hold no request would never be assigned one. */
final class Capacity {

    private Capacity() {
    }

    static void require(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
    }
}
