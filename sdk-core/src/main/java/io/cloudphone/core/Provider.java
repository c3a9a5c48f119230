package io.cloudphone.core;

/** The cloud-phone services this SDK speaks to. */
public enum Provider {
  /** Huawei Cloud Phone Host (CPH). */
  HUAWEI("Huawei CPH"),
  /** Alibaba Cloud Phone (ECP, product eds-aic). */
  ALIBABA("Alibaba Cloud Phone");

  private final String displayName;

  Provider(String displayName) {
    this.displayName = displayName;
  }

  /** A human-readable name for messages. */
  public String displayName() {
    return displayName;
  }
}
