package dev.billkit.mock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billkit.mock.testing.MockHttp;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(BillkitMockExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BillkitMockExtensionTest {
  static final Set<String> KEYS = ConcurrentHashMap.newKeySet();
  static final Set<String> SERVERS = ConcurrentHashMap.newKeySet();
  MockTenant fromBeforeEach;

  @BeforeEach
  void setUp(MockTenant tenant) {
    fromBeforeEach = tenant;
  }

  @Test
  @Order(1)
  void injectsATenantThatWorksAgainstTheSharedServer(MockTenant tenant, BillkitMock mock) {
    assertThat(tenant.apiKey()).startsWith("sk_test_");
    assertThat(tenant.baseUrl()).isEqualTo(mock.url());
    MockHttp http = new MockHttp(tenant.baseUrl());
    MockHttp.Reply armed =
        http.post("/_mock/faults")
            .key(tenant.apiKey())
            .json(
                "{\"match\":{\"method\":\"GET\",\"path\":\"/v1/customers\"},"
                    + "\"action\":{\"type\":\"status\",\"status\":503}}")
            .send();
    assertThat(armed.status()).isEqualTo(200);
    KEYS.add(tenant.apiKey());
    SERVERS.add(mock.url());
  }

  @Test
  @Order(2)
  void eachTestGetsAFreshTenantTheSameOneAsItsBeforeEach(MockTenant tenant, BillkitMock mock) {
    assertThat(tenant).isEqualTo(fromBeforeEach);
    assertThat(KEYS).doesNotContain(tenant.apiKey());
    // The first test's fault is not armed for this tenant.
    MockHttp http = new MockHttp(tenant.baseUrl());
    assertThat(http.get("/_mock/faults").key(tenant.apiKey()).send().json().get("data"))
        .isEqualTo(java.util.List.of());
    KEYS.add(tenant.apiKey());
    SERVERS.add(mock.url());
  }

  @AfterAll
  static void oneServerServedBothTests() {
    assertThat(KEYS).hasSize(2);
    assertThat(SERVERS).hasSize(1);
  }
}
