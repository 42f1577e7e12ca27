package dev.billkit.benchmarks;

import dev.billkit.BillkitClient;
import dev.billkit.stockclient.ApiClient;
import dev.billkit.stockclient.ApiException;
import dev.billkit.stockclient.api.CustomersApi;
import dev.billkit.model.Customer;
import dev.billkit.model.CustomerCreateParams;
import java.io.IOException;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Client overhead per call against one local server that answers a canned customer: billkit-java
 * ({@code ours*}), the stock OpenAPI Generator okhttp-gson client ({@code stock*}, module
 * stock-client) and a raw OkHttp + Moshi call ({@code raw*}, the floor). Create is a POST with an
 * idempotency key; retrieve is a GET. Single-threaded, so the number is latency per call.
 *
 * <p>{@code transport=loopback} is a real HTTP/1.1 keep-alive server on 127.0.0.1 ({@link
 * CannedServer}); {@code transport=in-memory} answers the same bytes from an OkHttp interceptor
 * ({@link InMemoryTransport}), which removes the round trip and its scheduling noise and leaves
 * the clients' own work. Sample mode, so the results carry percentiles: compare medians.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgs = {"-Xms512m", "-Xmx512m"})
public class ClientOverheadBenchmark {
  static final String CUSTOMER_JSON = "{\"id\":\"cus_4fTq0RkX8bWm2sLe\",\"object\":\"customer\","
      + "\"created_at\":\"2026-11-01T12:00:00Z\",\"livemode\":false,"
      + "\"metadata\":{\"plan_source\":\"website\"},\"email\":\"ada@example.com\","
      + "\"name\":\"Ada Lovelace\",\"external_id\":\"user_1815\",\"billing_address\":"
      + "{\"line1\":\"1 Analytical Way\",\"line2\":null,\"city\":\"London\",\"state\":null,"
      + "\"postal_code\":\"EC1A 1BB\",\"country\":\"GB\"},"
      + "\"default_payment_method\":\"pm_9LwQz3VxT1cR7yHa\",\"test_clock\":null}";
  static final String ID = "cus_4fTq0RkX8bWm2sLe";

  @Param({"loopback", "in-memory"})
  public String transport;

  private CannedServer server;
  private BillkitClient ours;
  private CustomersApi stock;
  private RawClient raw;
  private final CustomerCreateParams oursParams =
      CustomerCreateParams.builder().email("ada@example.com").build();
  private final dev.billkit.stockclient.model.CustomerCreateParams stockParams =
      new dev.billkit.stockclient.model.CustomerCreateParams().email("ada@example.com");
  private final RawClient.RawCreateParams rawParams =
      new RawClient.RawCreateParams("ada@example.com");

  @Setup
  public void setUp() throws Exception {
    server = new CannedServer(CUSTOMER_JSON);
    boolean inMemory = "in-memory".equals(transport);
    InMemoryTransport memory = new InMemoryTransport(CUSTOMER_JSON);
    String url = server.url();
    BillkitClient.Builder builder = BillkitClient.builder().apiKey("sk_test_bench").baseUrl(url);
    if (inMemory) {
      builder.okHttpClient(memory.around(new OkHttpClient()));
    }
    ours = builder.build();
    ApiClient stockClient = new ApiClient();
    stockClient.setBasePath(url);
    stockClient.setBearerToken("sk_test_bench");
    if (inMemory) {
      stockClient.setHttpClient(memory.around(stockClient.getHttpClient()));
    }
    stock = new CustomersApi(stockClient);
    raw = new RawClient(url, inMemory ? memory.around(new OkHttpClient()) : new OkHttpClient());
    // Each client must really parse the answer, or the comparison means nothing.
    check(ours.customers().retrieve(ID).email());
    check(stock.retrieveCustomer(ID).getEmail());
    check(raw.retrieve(ID).email);
  }

  private static void check(String email) {
    if (!"ada@example.com".equals(email)) {
      throw new IllegalStateException("client did not parse the canned customer: " + email);
    }
  }

  @TearDown
  public void tearDown() throws IOException {
    server.close();
  }

  @Benchmark
  public Customer oursCreate() {
    return ours.customers().create(oursParams);
  }

  @Benchmark
  public Customer oursRetrieve() {
    return ours.customers().retrieve(ID);
  }

  @Benchmark
  public Object stockCreate() throws ApiException {
    return stock.createCustomer(stockParams, UUID.randomUUID().toString());
  }

  @Benchmark
  public Object stockRetrieve() throws ApiException {
    return stock.retrieveCustomer(ID);
  }

  @Benchmark
  public Object rawCreate() throws IOException {
    return raw.create(rawParams);
  }

  @Benchmark
  public Object rawRetrieve() throws IOException {
    return raw.retrieve(ID);
  }
}
