package dev.backendhandbook.examples.networking;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Asks an inventory service for stock levels, once with a shared client and once without. */
public final class InventoryClient {
  private final URI base;

  public InventoryClient(URI base) {
    this.base = base;
  }

  // tag::shared[]
  // One client for the life of the application: it keeps connections open and reuses them.
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(2))
          .build();

  public String stock(String sku) throws IOException, InterruptedException {
    return http.send(request(sku), HttpResponse.BodyHandlers.ofString()).body();
  }

  // end::shared[]

  // tag::wasteful[]
  // Wasteful: a new client starts with an empty pool, so every call opens a new connection.
  public String stockWithNewClient(String sku) throws IOException, InterruptedException {
    HttpClient fresh = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    return fresh.send(request(sku), HttpResponse.BodyHandlers.ofString()).body();
  }

  // end::wasteful[]

  private HttpRequest request(String sku) {
    return HttpRequest.newBuilder(base.resolve("/stock/" + sku))
        .timeout(Duration.ofSeconds(2))
        .GET()
        .build();
  }
}
