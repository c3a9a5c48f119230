package io.cloudphone.testkit;

/** A command line {@link FakeServer} cannot run with; its message names the option and what was wrong. */
final class FakeServerUsageException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  FakeServerUsageException(String message) {
    super(message);
  }
}
