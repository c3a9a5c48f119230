package io.cloudphone.core.internal;

import java.io.IOException;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.ForwardingSource;
import okio.Okio;

/**
 * A response body that refuses to yield more than a limit: reading past it throws {@link TooLarge}, so a huge or
 * endless (chunked) answer costs at most the limit plus one okio segment of memory.
 */
final class BoundedBody {
  private BoundedBody() {}

  /** The body was longer than the limit. */
  static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge(long limit) {
      super("more than " + limit + " bytes");
    }
  }

  /** Wraps {@code body} so that reading more than {@code limit} bytes from it fails. */
  static ResponseBody of(ResponseBody body, long limit) {
    ForwardingSource counting = new ForwardingSource(body.source()) {
      private long total;

      @Override
      public long read(Buffer sink, long byteCount) throws IOException {
        long read = super.read(sink, byteCount);
        if (read > 0) {
          total += read;
          if (total > limit) {
            throw new TooLarge(limit);
          }
        }
        return read;
      }
    };
    return ResponseBody.create(Okio.buffer(counting), body.contentType(), body.contentLength());
  }
}
