package dev.billkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The generated surface matches the spec: every operation, two overloads each, four views. */
class ServiceSurfaceTest {
  private static final Pattern METHOD = Pattern.compile("x-billkit-method: (\\w+)");

  private static List<Class<?>> services() {
    return Arrays.stream(BillkitServices.class.getDeclaredMethods())
        .filter(m -> Modifier.isPublic(m.getModifiers()))
        .map(Method::getReturnType).collect(Collectors.toList());
  }

  private static Map<String, Long> overloads(Class<?> type) {
    return Arrays.stream(type.getDeclaredMethods())
        .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.getName().equals("withRawResponse"))
        .collect(Collectors.groupingBy(m -> type.getSimpleName() + "." + m.getName(),
            Collectors.counting()));
  }

  @Test
  void everyOperationOfTheSpecHasExactlyTwoOverloadsInEveryView() throws Exception {
    String spec = Files.readString(Path.of("../openapi/billing.yaml"));
    Matcher m = METHOD.matcher(spec);
    long operations = 0;
    while (m.find()) {
      operations++;
    }

    long sync = 0;
    for (Class<?> service : services()) {
      Map<String, Long> methods = overloads(service);
      assertThat(methods.values()).as(service.getSimpleName()).containsOnly(2L);
      sync += methods.size();
      Class<?> raw = service.getMethod("withRawResponse").getReturnType();
      assertThat(overloads(raw).keySet()).hasSameSizeAs(methods.keySet());
      Class<?> async = Class.forName(service.getName() + "Async");
      assertThat(overloads(async).keySet()).hasSameSizeAs(methods.keySet());
      Class<?> asyncRaw = async.getMethod("withRawResponse").getReturnType();
      assertThat(overloads(asyncRaw).keySet()).hasSameSizeAs(methods.keySet());
      assertThat(overloads(asyncRaw).values()).containsOnly(2L);
    }

    assertThat(operations).isEqualTo(89);
    assertThat(sync).isEqualTo(operations);
  }

  @Test
  void servicesAreNamedAfterTheirTags() {
    assertThat(services()).extracting(Class::getSimpleName)
        .contains("CustomerService", "CheckoutSessionService", "TestClockService");
    BillkitClient client = BillkitClient.builder().apiKey("sk_test_1").build();
    assertThat(client.checkoutSessions()).isNotNull();
    assertThat(client.testClocks()).isNotNull();
    assertThat(client.async().customers()).isNotNull();
    assertThat(client.withRawResponse().invoices()).isNotNull();
    assertThat(client.async().withRawResponse().refunds()).isNotNull();
  }
}
