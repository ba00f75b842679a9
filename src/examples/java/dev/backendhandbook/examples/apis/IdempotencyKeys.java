package dev.backendhandbook.examples.apis;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

/**
 * Makes a non-idempotent operation, such as taking a payment, safe to retry: the first request with
 * an Idempotency-Key runs it and stores the response, and a retry gets the stored response back.
 */
public final class IdempotencyKeys {
  /** An HTTP response as the store keeps it; {@code replayed} marks one served from the store. */
  public record Response(int status, String body, boolean replayed) {
    public Response(int status, String body) {
      this(status, body, false);
    }
  }

  /** Keys belong to one client, so two clients that pick the same key never meet. */
  private record Key(String client, String idempotencyKey) {}

  private sealed interface Entry permits Running, Done {
    String fingerprint();

    Instant expires();
  }

  private record Running(String fingerprint, Instant expires) implements Entry {}

  private record Done(String fingerprint, Instant expires, Response response) implements Entry {}

  private final ConcurrentMap<Key, Entry> entries = new ConcurrentHashMap<>();
  private final Duration retention;
  private final Clock clock;

  public IdempotencyKeys(Duration retention, Clock clock) {
    this.retention = retention;
    this.clock = clock;
  }

  // tag::handle[]
  public Response handle(
      String client, String idempotencyKey, String body, Supplier<Response> operation) {
    Key key = new Key(client, idempotencyKey);
    String fingerprint = sha256(body);
    Instant now = clock.instant();
    Running claim = new Running(fingerprint, now.plus(retention));
    boolean[] claimed = {false};
    Entry entry =
        entries.compute(
            key,
            (k, existing) -> {
              if (existing == null || !now.isBefore(existing.expires())) {
                claimed[0] = true; // first time, or the old record has expired
                return claim;
              }
              return existing;
            });

    if (!claimed[0]) {
      if (!entry.fingerprint().equals(fingerprint)) {
        return new Response(422, problem("This Idempotency-Key was used for another request."));
      }
      if (entry instanceof Done done) {
        Response stored = done.response();
        return new Response(stored.status(), stored.body(), true);
      }
      return new Response(409, problem("A request with this Idempotency-Key is in progress."));
    }

    Response response;
    try {
      response = operation.get();
    } catch (RuntimeException | Error e) {
      entries.remove(key, claim); // nothing was done, so a retry may run the operation again
      throw e;
    }
    entries.replace(key, claim, new Done(fingerprint, claim.expires(), response));
    return response;
  }

  // end::handle[]

  private static String problem(String detail) {
    return "{\"title\": \"Idempotency-Key conflict\", \"detail\": \"" + detail + "\"}";
  }

  private static String sha256(String body) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
