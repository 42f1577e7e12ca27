package dev.billkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billkit.model.Customer;
import dev.billkit.model.CustomerCreateParams;
import dev.billkit.model.CustomerListParams;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README quickstart, compiled and run against a local server. The code block of both READMEs (sdk-core's
 * and the project's) must be the text between the markers below, so the README cannot drift from code that compiles.
 */
class QuickstartTest extends FaultHarness {
  private final List<String> printed = new ArrayList<>();

  void quickstart(String baseUrl) {
    // README:start
    BillkitClient client = BillkitClient.builder()
        .apiKey("sk_test_123")
        .baseUrl(baseUrl)
        .build();
    Customer ada = client.customers().create(
        CustomerCreateParams.builder().email("ada@example.com").name("Ada Lovelace").build());
    Customer same = client.customers().retrieve(ada.id());
    CustomerListParams firstFifty = CustomerListParams.builder().limit(50).build();
    for (Customer c : client.customers().list(firstFifty).autoPagingIterable()) {
      println(c.id() + " " + c.email() + " " + same.equals(c));
    }
    // README:end
  }

  private void println(String line) {
    printed.add(line);
  }

  @Test
  void theQuickstartRunsAgainstAServer() throws Exception {
    server.enqueue(customer());
    server.enqueue(customer());
    server.enqueue(json(200, "{\"object\":\"list\",\"data\":[" + customerJson("cus_1")
        + "],\"has_more\":false,\"url\":\"/v1/customers\"}"));

    quickstart(server.url("/").toString());

    assertThat(printed).containsExactly("cus_1 ada@example.com true");
    assertThat(server.takeRequest().getHeader("Idempotency-Key")).isNotBlank();
  }

  @Test
  void theReadmeShowsExactlyThisCode() throws Exception {
    String test = Files.readString(Path.of("src/test/java/dev/billkit/QuickstartTest.java"));
    String block = test.substring(test.indexOf("// README:start\n") + 16,
        test.indexOf("    // README:end"));
    // The method body is indented by 4; the README block by 0.
    String code = block.lines().map(l -> l.substring(Math.min(4, l.length())))
        .collect(java.util.stream.Collectors.joining("\n"))
        .replace("println(", "System.out.println(");
    String expected = code.replace("baseUrl(baseUrl)", "baseUrl(\"http://localhost:12400\")");

    assertThat(Files.readString(Path.of("README.md"))).contains(expected);
    assertThat(Files.readString(Path.of("../README.md"))).contains(expected);
  }
}
