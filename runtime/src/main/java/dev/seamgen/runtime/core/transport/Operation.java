package dev.seamgen.runtime.core.transport;

import java.util.List;
import java.util.Optional;

/**
 * What the transport knows of the operation a request is for: its name in messages and logs, its
 * method and path template, whether it is safe to send again after any transient failure, and the
 * credentials it accepts.
 */
public interface Operation {
  /** The operation's name in errors and logs, such as {@code connected_accounts.get}. */
  String name();

  /** The HTTP method, upper case. */
  String method();

  /** The path template below the base URL, such as {@code /pet/{petId}}. */
  String path();

  /** Whether retrying after any transient failure is safe. */
  boolean isRetrySafe();

  /**
   * The credential alternatives the operation accepts, in the spec's order, each naming credentials
   * that must all be sent; empty when it leaves that to the client (every credential it has).
   */
  Optional<List<List<String>>> security();
}
