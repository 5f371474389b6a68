/**
 * Internal: how an answer is read. {@link dev.seamgen.runtime.core.response.ErrorMapper} turns an
 * error status into the {@code ApiException} subclass for it, finding the error's type and message
 * where the API's {@link dev.seamgen.runtime.core.response.ErrorFields} say; {@link
 * dev.seamgen.runtime.core.response.Envelope} finds a field of a JSON answer as it streams by;
 * {@link dev.seamgen.runtime.core.response.ReaderCache} keeps one Jackson reader per type. Never
 * imports the core. Not for applications.
 */
package dev.seamgen.runtime.core.response;
