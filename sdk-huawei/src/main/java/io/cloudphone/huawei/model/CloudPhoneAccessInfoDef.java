package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One port mapping of a cloud phone: a program listening inside the phone and the server port that exposes it.
 * The {@code device_ip}, {@code intranet_ip} and {@code access_ip} fields are expired duplicates of
 * {@code phone_ip}, {@code server_ip} and {@code public_ip}.
 */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = CloudPhoneAccessInfo.Builder.class)
abstract class CloudPhoneAccessInfoDef {
  /** User-defined port type, at most 16 bytes, for example {@code server1}. */
  public abstract Optional<String> type();

  /** IP address of the phone. */
  public abstract Optional<String> phoneIp();

  /** Private IP address of the phone's server. */
  public abstract Optional<String> serverIp();

  /** Public IP address of the phone's server; an empty string when the port is not exposed publicly. */
  public abstract Optional<String> publicIp();

  /** Port the program inside the phone listens on. */
  public abstract Optional<Integer> listenPort();

  /** Public port mapped to {@link #listenPort()}. */
  public abstract Optional<Integer> accessPort();

  /** IPv6 address of the phone (current API only). */
  public abstract Optional<String> phoneIpv6();

  /** IPv6 address of the phone's server (current API only). */
  public abstract Optional<String> serverIpv6();

  /** Expired name of {@link #phoneIp()}. */
  public abstract Optional<String> deviceIp();

  /** Expired name of {@link #serverIp()}. */
  public abstract Optional<String> intranetIp();

  /** Expired name of {@link #publicIp()}. */
  public abstract Optional<String> accessIp();
}
