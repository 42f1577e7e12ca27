package dev.billkit.webhooks.servlet;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;

/** Stands for a proxy or client whose Content-Length understates the body it streams. */
final class LyingContentLength implements Filter {
  private final long claimed;

  LyingContentLength(long claimed) {
    this.claimed = claimed;
  }

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    chain.doFilter(
        new HttpServletRequestWrapper((HttpServletRequest) req) {
          @Override
          public long getContentLengthLong() {
            return claimed;
          }

          @Override
          public int getContentLength() {
            return (int) claimed;
          }
        },
        res);
  }
}
