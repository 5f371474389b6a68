/**
 * Internal: how a request is written on the wire. {@link
 * dev.seamgen.runtime.core.wire.ParameterSerializer} writes a path, query, header or cookie value
 * in its OpenAPI {@link dev.seamgen.runtime.core.wire.Style}; {@link
 * dev.seamgen.runtime.core.wire.PercentEncoder} encodes it; {@link
 * dev.seamgen.runtime.core.wire.PathTemplate} fills a path; {@link
 * dev.seamgen.runtime.core.wire.MultipartBody} streams multipart parts; {@link
 * dev.seamgen.runtime.core.wire.ContentTypeCharset} reads a media type's charset. Depends on
 * nothing of the runtime but its public package. Not for applications.
 */
package dev.seamgen.runtime.core.wire;
