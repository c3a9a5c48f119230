package io.cloudphone.core.auth;

/** Marker for anything a provider can authenticate a call with; implementations never print secrets. */
public interface Credentials {}
