package dev.seamgen.generator.diff;

import java.util.List;
import java.util.Locale;

/** Every difference between two API versions, and the version bump they call for. */
public record Changelog(List<Change> changes) {

  /** Semantic-version bumps, from none to major. */
  public enum Bump {
    NONE,
    PATCH,
    MINOR,
    MAJOR
  }

  public Changelog {
    changes = List.copyOf(changes);
  }

  public List<Change> breaking() {
    return changes.stream().filter(Change::breaking).toList();
  }

  public List<Change> compatible() {
    return changes.stream().filter(c -> !c.breaking()).toList();
  }

  public boolean hasBreakingChanges() {
    return !breaking().isEmpty();
  }

  /** Major for a breaking change, minor for an addition, patch for any other change. */
  public Bump bump() {
    if (hasBreakingChanges()) {
      return Bump.MAJOR;
    }
    if (changes.stream().anyMatch(c -> c.description().startsWith("added"))) {
      return Bump.MINOR;
    }
    return changes.isEmpty() ? Bump.NONE : Bump.PATCH;
  }

  /** The changelog as text: a summary line, then the breaking and the compatible changes. */
  public String format(String oldName, String newName) {
    StringBuilder text =
        new StringBuilder("API changes from ")
            .append(oldName)
            .append(" to ")
            .append(newName)
            .append(": ")
            .append(breaking().size())
            .append(" breaking, ")
            .append(compatible().size())
            .append(" compatible; ");
    text.append(
            bump() == Bump.NONE
                ? "no version bump needed"
                : "calls for a " + bump().name().toLowerCase(Locale.ROOT) + " version bump")
        .append('\n');
    section(text, "Breaking", breaking());
    section(text, "Compatible", compatible());
    return text.toString();
  }

  private static void section(StringBuilder text, String title, List<Change> changes) {
    if (changes.isEmpty()) {
      return;
    }
    text.append('\n').append(title).append(":\n");
    changes.forEach(c -> text.append("- ").append(c).append('\n'));
  }
}
