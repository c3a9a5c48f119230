package io.cloudphone.testkit.internal;

import io.cloudphone.testkit.LoggedRequest;
import io.cloudphone.testkit.RequestLog;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The request log a fake writes to. */
public final class RecordingRequestLog implements RequestLog {
  private final List<LoggedRequest> requests = new CopyOnWriteArrayList<>();

  /** Records one answered request. */
  public void add(LoggedRequest request) {
    requests.add(request);
  }

  @Override
  public List<LoggedRequest> requests() {
    return List.copyOf(requests);
  }

  @Override
  public void clear() {
    requests.clear();
  }

  @Override
  public String toString() {
    return "RequestLog" + requests;
  }
}
