package dev.billkit.mock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billkit.mock.internal.json.Json;
import dev.billkit.mock.testing.MockHttp;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The standalone server, run as a real child process through {@link Main}. */
class MainCliTest {
  @TempDir Path dir;

  /** A running child process and its stdout. */
  private static final class Child implements AutoCloseable {
    final Process process;
    final BufferedReader out;

    Child(String... args) throws IOException {
      List<String> command =
          new ArrayList<>(
              List.of(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-XX:+UseG1GC", // what a machine with two or more CPUs picks by itself
                  "-cp",
                  System.getProperty("java.class.path"),
                  Main.class.getName()));
      command.addAll(List.of(args));
      process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.PIPE).start();
      out =
          new BufferedReader(
              new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    String line() throws Exception {
      return CompletableFuture.supplyAsync(
              () -> {
                try {
                  return out.readLine();
                } catch (IOException e) {
                  throw new IllegalStateException(e);
                }
              })
          .get(30, TimeUnit.SECONDS);
    }

    String stderr() throws IOException {
      return new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    int stop() throws InterruptedException {
      process.destroy(); // SIGTERM
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("the server did not stop on SIGTERM");
      }
      return process.exitValue();
    }

    @Override
    public void close() {
      process.destroyForcibly();
    }
  }

  @Test
  void onceReadyUnderG1TheServerCollectsWhenIdle() throws Exception {
    try (Child child = new Child("--port", "0")) {
      child.line();
      String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
      String flag = "";
      for (int i = 0; i < 50 && !flag.contains("= 15000"); i++) {
        Process p =
            new ProcessBuilder(jcmd, Long.toString(child.process.pid()), "VM.flags", "-all")
                .redirectErrorStream(true)
                .start();
        String flags = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(30, TimeUnit.SECONDS);
        flag =
            flags.lines().filter(l -> l.contains("G1PeriodicGCInterval ")).findFirst().orElse("");
      } // no sleep between tries: each jcmd call takes a few hundred milliseconds by itself
      assertThat(flag).contains("= 15000").contains("manageable");
      child.stop();
    }
  }

  @Test
  void printsOneReadyLineThenOneAccessLogLinePerRequest() throws Exception {
    try (Child child = new Child("--port", "0")) {
      String ready = child.line();
      assertThat(ready)
          .matches(
              "\\{\"status\":\"ready\",\"port\":\\d+,\"url\":\"http://127\\.0\\.0\\.1:\\d+\"\\}");
      Map<String, Object> json = Json.readObject(ready.getBytes(StandardCharsets.UTF_8));
      assertThat((String) json.get("url")).endsWith(":" + json.get("port"));
      MockHttp http = new MockHttp((String) json.get("url"));
      assertThat(http.get("/_mock/health").send().status()).isEqualTo(200);
      MockHttp.Reply listed = http.get("/v1/customers?limit=3").key("sk_test_cli_0001").send();
      assertThat(child.line()).matches("GET /_mock/health 200 \\d+\\.\\dms req_[0-9A-Za-z]+ -");
      assertThat(child.line())
          .matches(
              "GET /v1/customers\\?limit=3 "
                  + listed.status()
                  + " \\d+\\.\\dms "
                  + listed.header("Request-Id")
                  + " sk_test_…0001");
      child.stop();
    }
  }

  @Test
  void sigtermSavesTheDataDirAndTheNextStartRestoresIt() throws Exception {
    // The standalone server has no resource handlers yet, so an account setting is the state to
    // keep.
    String key = "sk_test_cli_persist";
    try (Child child =
        new Child("--port", "0", "--data-dir", dir.toString(), "--seed", "5", "--no-access-log")) {
      MockHttp http = new MockHttp(url(child.line()));
      http.post("/_mock/settings").key(key).json("{\"dunning_outcome\":\"unpaid\"}").send();
      assertThat(child.stop()).isIn(0, 143);
    }
    assertThat(dir.resolve("state.bin")).exists();
    try (Child child = new Child("--port", "0", "--data-dir", dir.toString(), "--seed", "5")) {
      MockHttp http = new MockHttp(url(child.line()));
      assertThat(http.get("/_mock/settings").key(key).send().json())
          .containsEntry("dunning_outcome", "unpaid");
      assertThat(http.get("/_mock/settings").key("sk_test_cli_other").send().json())
          .containsEntry("dunning_outcome", "canceled");
      child.stop();
    }
  }

  @Test
  void aBadOptionExitsWithUsage() throws Exception {
    try (Child child = new Child("--port", "seventy")) {
      assertThat(child.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(child.process.exitValue()).isEqualTo(2);
      assertThat(child.stderr()).contains("--port").contains("seventy");
    }
  }

  @Test
  void aPortInUseExitsWithAClearMessage() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress());
        Child child = new Child("--port", String.valueOf(taken.getLocalPort()))) {
      assertThat(child.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(child.process.exitValue()).isEqualTo(1);
      assertThat(child.stderr())
          .contains("cannot start the mock server on 127.0.0.1:" + taken.getLocalPort());
    }
  }

  private static String url(String ready) {
    return (String) Json.readObject(ready.getBytes(StandardCharsets.UTF_8)).get("url");
  }
}
