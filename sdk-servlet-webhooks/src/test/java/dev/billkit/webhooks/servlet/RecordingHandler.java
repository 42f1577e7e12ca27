package dev.billkit.webhooks.servlet;

import dev.billkit.webhooks.VerifiedWebhook;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The application's webhook handler, as a test sees it: records what it was given and answers as
 * told. It reads the body three times (bytes twice, then text) to prove the body is re-readable.
 */
final class RecordingHandler extends HttpServlet {

  enum Mode {
    OK,
    THROW,
    STATUS_503,
    ASYNC_500,
    ASYNC_OK,
    /**
     * Releases a permit of {@link #entered}, waits until its gate (the n-th blocked request gets
     * {@code gates.get(n)}) opens, then throws if {@link #failLate}.
     */
    BLOCK
  }

  private static final long serialVersionUID = 1L;

  volatile Mode mode = Mode.OK;
  final Semaphore entered = new Semaphore(0);
  final List<CountDownLatch> gates = List.of(new CountDownLatch(1), new CountDownLatch(1));
  private final AtomicInteger blocked = new AtomicInteger();
  volatile boolean failLate;
  final List<String> handledIds = new CopyOnWriteArrayList<>();
  final List<String> texts = new CopyOnWriteArrayList<>();
  final List<Integer> byteCounts = new CopyOnWriteArrayList<>();

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse res) throws IOException {
    Mode mode = this.mode;
    VerifiedWebhook hook = WebhookFilter.verifiedWebhook(req);
    handledIds.add(hook.id());
    byte[] first = req.getInputStream().readAllBytes();
    byte[] second = req.getInputStream().readAllBytes();
    if (!Arrays.equals(first, second)) {
      throw new IllegalStateException("body changed between reads");
    }
    byteCounts.add(first.length);
    StringWriter text = new StringWriter();
    req.getReader().transferTo(text);
    texts.add(text.toString());
    switch (mode) {
      case THROW:
        throw new IllegalStateException("handler bug");
      case STATUS_503:
        res.sendError(503);
        return;
      case ASYNC_500:
      case ASYNC_OK:
        AsyncContext async = req.startAsync();
        int status = mode == Mode.ASYNC_OK ? 204 : 500;
        async.start(
            () -> {
              ((HttpServletResponse) async.getResponse()).setStatus(status);
              async.complete();
            });
        return;
      case BLOCK:
        CountDownLatch gate = gates.get(blocked.getAndIncrement());
        entered.release();
        awaitGate(gate);
        if (failLate) {
          throw new IllegalStateException("slow handler failed");
        }
        res.setStatus(200);
        return;
      default:
        res.setContentType("text/plain; charset=utf-8");
        res.getOutputStream().write(("handled " + hook.id()).getBytes(StandardCharsets.UTF_8));
    }
  }

  /** Opens every gate, so no blocked request outlives its test. */
  void openAllGates() {
    gates.forEach(CountDownLatch::countDown);
  }

  private static void awaitGate(CountDownLatch gate) {
    try {
      if (!gate.await(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the test never released the blocked handler");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
