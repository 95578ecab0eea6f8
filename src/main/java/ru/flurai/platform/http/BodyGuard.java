package ru.flurai.platform.http;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;

/** The request as the application sees it: a failure to read its body is a {@link ClientAbort}. */
final class BodyGuard extends HttpServletRequestWrapper {
  private ServletInputStream guarded;

  BodyGuard(HttpServletRequest request) {
    super(request);
  }

  @Override
  public ServletInputStream getInputStream() throws IOException {
    if (guarded == null) {
      guarded = new Guarded(super.getInputStream());
    }
    return guarded;
  }

  private static final class Guarded extends ServletInputStream {
    private final ServletInputStream in;

    Guarded(ServletInputStream in) {
      this.in = in;
    }

    @Override
    public int read() throws IOException {
      try {
        return in.read();
      } catch (ClientAbort e) {
        throw e;
      } catch (IOException e) {
        throw new ClientAbort(e);
      }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      try {
        return in.read(b, off, len);
      } catch (ClientAbort e) {
        throw e;
      } catch (IOException e) {
        throw new ClientAbort(e);
      }
    }

    @Override
    public int available() throws IOException {
      return in.available();
    }

    @Override
    public void close() throws IOException {
      in.close();
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }
  }
}
