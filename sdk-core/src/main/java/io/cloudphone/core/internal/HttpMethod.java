package io.cloudphone.core.internal;

/** HTTP methods the providers use, with whether replaying each is safe by default. */
public enum HttpMethod {
  GET(true, false),
  PUT(true, true),
  DELETE(true, true),
  POST(false, true);

  private final boolean idempotentByDefault;
  private final boolean mayHaveBody;

  HttpMethod(boolean idempotentByDefault, boolean mayHaveBody) {
    this.idempotentByDefault = idempotentByDefault;
    this.mayHaveBody = mayHaveBody;
  }

  /** Whether a call with this method may be replayed after reaching the server unless declared otherwise. */
  public boolean idempotentByDefault() {
    return idempotentByDefault;
  }

  /** Whether requests with this method carry a body. */
  public boolean mayHaveBody() {
    return mayHaveBody;
  }
}
