package io.cloudphone.core.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One provider operation declared as data: method, path template, where each request field goes and what
 * comes back. Request fields are addressed by their wire names (after the provider's naming strategy).
 *
 * <p>Fields named in the path template ({@code {server_id}}) go to the path, fields listed by {@code query}
 * go to the query string, fields listed by {@code form} go to a form body; everything else goes to the JSON
 * body (Huawei) or the query string (Alibaba RPC). {@code fixed} parameters are constants the SDK adds so
 * that operations sharing one path stay distinct typed methods.
 */
public final class Operation<I, O> {
  private final String name;
  private final HttpMethod method;
  private final String pathTemplate;
  private final Class<I> requestType;
  private final Class<O> responseType;
  private final Set<String> queryParams;
  private final Set<String> formParams;
  private final Set<String> jsonStringParams;
  private final Map<String, Object> fixedParams;
  private final boolean idempotent;
  private final String docUrl;

  private Operation(Builder<I, O> b) {
    this.name = b.name;
    this.method = b.method;
    this.pathTemplate = b.pathTemplate;
    this.requestType = b.requestType;
    this.responseType = b.responseType;
    this.queryParams = Set.copyOf(b.queryParams);
    this.formParams = Set.copyOf(b.formParams);
    this.jsonStringParams = Set.copyOf(b.jsonStringParams);
    this.fixedParams = Map.copyOf(b.fixedParams);
    this.idempotent = b.idempotent == null ? method.idempotentByDefault() : b.idempotent;
    this.docUrl = Objects.requireNonNull(b.docUrl, "docUrl of " + b.name);
  }

  /** Starts declaring an operation. */
  public static <I, O> Builder<I, O> builder(
      String name, HttpMethod method, String pathTemplate, Class<I> requestType, Class<O> responseType) {
    return new Builder<>(name, method, pathTemplate, requestType, responseType);
  }

  /** The provider's API name, e.g. {@code ListCloudPhones}. */
  public String name() {
    return name;
  }

  /** The HTTP method. */
  public HttpMethod method() {
    return method;
  }

  /** The path template with {@code {placeholders}}. */
  public String pathTemplate() {
    return pathTemplate;
  }

  /** The request model type. */
  public Class<I> requestType() {
    return requestType;
  }

  /** The response model type. */
  public Class<O> responseType() {
    return responseType;
  }

  /** Wire names of request fields sent in the query string. */
  public Set<String> queryParams() {
    return queryParams;
  }

  /** Wire names of request fields sent in a form-encoded body. */
  public Set<String> formParams() {
    return formParams;
  }

  /** Wire names of object fields sent as one JSON string rather than flattened. */
  public Set<String> jsonStringParams() {
    return jsonStringParams;
  }

  /** Constant parameters the SDK adds to every request of this operation. */
  public Map<String, Object> fixedParams() {
    return fixedParams;
  }

  /** Whether replaying the call after it may have reached the server is safe. */
  public boolean idempotent() {
    return idempotent;
  }

  /** The provider's documentation page for this operation. */
  public String docUrl() {
    return docUrl;
  }

  @Override
  public String toString() {
    return name + " (" + method + " " + pathTemplate + ")";
  }

  /** Fluent declaration of an {@link Operation}. */
  public static final class Builder<I, O> {
    private final String name;
    private final HttpMethod method;
    private final String pathTemplate;
    private final Class<I> requestType;
    private final Class<O> responseType;
    private final List<String> queryParams = new java.util.ArrayList<>();
    private final List<String> formParams = new java.util.ArrayList<>();
    private final List<String> jsonStringParams = new java.util.ArrayList<>();
    private final Map<String, Object> fixedParams = new LinkedHashMap<>();
    private Boolean idempotent;
    private String docUrl;

    private Builder(String name, HttpMethod method, String pathTemplate, Class<I> req, Class<O> resp) {
      this.name = name;
      this.method = method;
      this.pathTemplate = pathTemplate;
      this.requestType = req;
      this.responseType = resp;
    }

    /** Sends these request fields (wire names) in the query string. */
    public Builder<I, O> query(String... wireNames) {
      queryParams.addAll(List.of(wireNames));
      return this;
    }

    /** Sends these request fields (wire names) in a form-encoded body. */
    public Builder<I, O> form(String... wireNames) {
      formParams.addAll(List.of(wireNames));
      return this;
    }

    /** Sends these object fields as one JSON string each. */
    public Builder<I, O> jsonString(String... wireNames) {
      jsonStringParams.addAll(List.of(wireNames));
      return this;
    }

    /** Adds a constant parameter (e.g. the {@code command} discriminator of a shared path). */
    public Builder<I, O> fixed(String wireName, Object value) {
      fixedParams.put(wireName, value);
      return this;
    }

    /** Overrides the method's default idempotency (GET, PUT and DELETE are idempotent, POST is not). */
    public Builder<I, O> idempotent(boolean value) {
      idempotent = value;
      return this;
    }

    /** Links the provider's documentation page. */
    public Builder<I, O> docUrl(String url) {
      docUrl = url;
      return this;
    }

    /** Finishes the declaration. */
    public Operation<I, O> build() {
      return new Operation<>(this);
    }
  }
}
