package dev.backendhandbook.examples.messaging;

import java.util.UUID;

/**
 * One event waiting in, or relayed from, the outbox table.
 *
 * @param position the outbox row's key, which gives the order events were written in
 * @param eventId the event's own identity, which consumers use to spot a second delivery
 * @param orderId the order the event is about, also the key that keeps its events in order
 * @param type what happened, such as {@code OrderPlaced}
 * @param payload the event's body as the broker carries it
 */
public record OutboxEvent(long position, UUID eventId, long orderId, String type, String payload) {}
