/**
 * What generated SDKs call, and nothing else: {@link dev.seamgen.runtime.core.ApiCore} (one per
 * client, sending each operation), {@link dev.seamgen.runtime.core.ClientOptions} (a client's
 * settings), and the descriptions generated code builds as constants ({@link
 * dev.seamgen.runtime.core.Endpoint}, {@link dev.seamgen.runtime.core.WireRequest}, {@link
 * dev.seamgen.runtime.core.ResponseReader}, {@link dev.seamgen.runtime.core.AuthConfig}...). Their
 * names and members are fixed by the generator; the work happens in the internal packages below,
 * which never import this one: {@code transport} (sending and retrying), {@code auth}
 * (credentials), {@code wire} (writing requests), {@code response} (reading answers). Not for
 * applications.
 */
package dev.seamgen.runtime.core;
