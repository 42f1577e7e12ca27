package dev.billkit.mock;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension: one mock server per JVM, started on first use and closed when the test run
 * ends, and a fresh {@link MockTenant} for each test.
 *
 * <pre>{@code
 * @ExtendWith(BillkitMockExtension.class)
 * class CheckoutTest {
 *   @Test
 *   void paysAnInvoice(MockTenant tenant) { ... tenant.baseUrl() ... tenant.apiKey() ... }
 * }
 * }</pre>
 *
 * <p>A {@code MockTenant} parameter of a test method, or of a
 * {@code @BeforeEach}/{@code @AfterEach} method, gets that test's tenant (the same one in all
 * three). In a constructor or {@code @BeforeAll} method it gets a tenant for the class. The
 * tenant's key derives from the test's unique id, so ids stay the same from run to run whatever
 * order tests run in. A {@link BillkitMock} parameter gets the shared server. The configuration
 * parameter {@code billkit.mock.seed} (e.g. in {@code junit-platform.properties}) sets the server's
 * seed.
 */
public final class BillkitMockExtension implements ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(BillkitMockExtension.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == MockTenant.class || type == BillkitMock.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    BillkitMock mock = server(context);
    if (parameter.getParameter().getType() == BillkitMock.class) {
      return mock;
    }
    return context
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent("tenant", k -> mock.tenant(context.getUniqueId()), MockTenant.class);
  }

  private static BillkitMock server(ExtensionContext context) {
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(
            SharedServer.class, k -> new SharedServer(start(context)), SharedServer.class)
        .mock;
  }

  private static BillkitMock start(ExtensionContext context) {
    long seed =
        context.getConfigurationParameter("billkit.mock.seed").map(Long::parseLong).orElse(0L);
    return BillkitMock.builder().seed(seed).start();
  }

  /** Closes the server when JUnit closes the root store at the end of the run. */
  @SuppressWarnings("deprecation") // CloseableResource keeps JUnit before 5.13 closing it too.
  private static final class SharedServer
      implements ExtensionContext.Store.CloseableResource, AutoCloseable {
    private final BillkitMock mock;

    SharedServer(BillkitMock mock) {
      this.mock = mock;
    }

    @Override
    public void close() {
      mock.close();
    }
  }
}
