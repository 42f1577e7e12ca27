package dev.billkit.benchmarks;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A minimal HTTP/1.1 keep-alive server on 127.0.0.1 that answers every request with one canned
 * JSON body. It does as little as possible, so that differences between clients are visible.
 */
final class CannedServer implements AutoCloseable {
  private final ServerSocket socket;
  private final byte[] response;

  CannedServer(String json) throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    String head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
        + body.length + "\r\nRequest-Id: req_bench\r\nBillkit-Version: 2026-11-01\r\n\r\n";
    byte[] h = head.getBytes(StandardCharsets.US_ASCII);
    response = new byte[h.length + body.length];
    System.arraycopy(h, 0, response, 0, h.length);
    System.arraycopy(body, 0, response, h.length, body.length);
    socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(this::acceptLoop, "canned-server");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  String url() {
    return "http://127.0.0.1:" + socket.getLocalPort();
  }

  private void acceptLoop() {
    while (!socket.isClosed()) {
      try {
        Socket s = socket.accept();
        s.setTcpNoDelay(true);
        Thread t = new Thread(() -> serve(s), "canned-connection");
        t.setDaemon(true);
        t.start();
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void serve(Socket s) {
    try (s; InputStream in = new BufferedInputStream(s.getInputStream());
        OutputStream out = s.getOutputStream()) {
      while (true) {
        long contentLength = 0;
        String line = readLine(in);
        if (line == null) {
          return;
        }
        while (!(line = readLine(in)).isEmpty()) {
          String lower = line.toLowerCase(Locale.ROOT);
          if (lower.startsWith("content-length:")) {
            contentLength = Long.parseLong(lower.substring(15).trim());
          }
        }
        in.skipNBytes(contentLength);
        out.write(response);
        out.flush();
      }
    } catch (IOException | RuntimeException connectionEnded) {
      // The client closed the connection; nothing to do.
    }
  }

  /** One CRLF-terminated line without the terminator, or null at end of stream. */
  private static String readLine(InputStream in) throws IOException {
    StringBuilder sb = new StringBuilder();
    int c;
    while ((c = in.read()) != -1) {
      if (c == '\n') {
        int len = sb.length();
        return len > 0 && sb.charAt(len - 1) == '\r' ? sb.substring(0, len - 1) : sb.toString();
      }
      sb.append((char) c);
    }
    return sb.length() == 0 ? null : sb.toString();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
