/**
 * Internal: how a call reaches the API. A stack of small {@link
 * dev.seamgen.runtime.core.transport.Transport}s, each wrapping the next: {@link
 * dev.seamgen.runtime.core.transport.RetryingTransport} (sends again where its {@link
 * dev.seamgen.runtime.core.transport.RetryPolicy} allows, within the call's {@link
 * dev.seamgen.runtime.core.transport.CallLimits}, waiting through a replaceable {@link
 * dev.seamgen.runtime.core.transport.Sleeper}) over {@link
 * dev.seamgen.runtime.core.transport.TokenRefreshingTransport} (fresh tokens, one more send after a
 * 401 to a renewed one) over {@link dev.seamgen.runtime.core.transport.HttpClientTransport} (Java's
 * HTTP client, answers read within bounds by {@link
 * dev.seamgen.runtime.core.transport.BoundedBody}). Knows operations only as {@link
 * dev.seamgen.runtime.core.transport.Operation}s and never imports {@code
 * dev.seamgen.runtime.core}. Not for applications; its classes are public only so that the core can
 * reach them.
 */
package dev.seamgen.runtime.core.transport;
