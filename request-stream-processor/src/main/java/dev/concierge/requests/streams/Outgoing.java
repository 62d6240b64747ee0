package dev.concierge.requests.streams;

/** An encoded record value and the topic it goes to; its headers travel on the Kafka Streams record. */
record Outgoing(String topic, byte[] value) {
}
