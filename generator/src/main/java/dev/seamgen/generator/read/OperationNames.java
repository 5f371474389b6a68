package dev.seamgen.generator.read;

import static dev.seamgen.generator.read.Extensions.GROUP_NAME;
import static dev.seamgen.generator.read.Extensions.METHOD_NAME;

import dev.seamgen.generator.ir.Location;
import io.swagger.v3.oas.models.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The group and method name of an operation, as the spec's author would predict them:
 *
 * <ul>
 *   <li>group: {@code x-fern-sdk-group-name} (a list nests groups), else the operation's first tag,
 *       else the path's first segment that is not a parameter, else {@code root};
 *   <li>method: {@code x-fern-sdk-method-name}, else the {@code operationId}, else a name made from
 *       the verb and the rest of the path: {@code GET /pets/{id}/toys} is {@code getByIdToys} in
 *       group {@code pets}. A {@code POST} to a path of plain words is an action named by them:
 *       {@code POST /connected_accounts/get} is {@code get}. Of path keys that differ only in the
 *       query or fragment they write, each name goes on with it: {@code GET
 *       /current?lat={lat}&lon={lon}} is {@code getCurrentByLatAndLon}, {@code GET
 *       /items?type=book} {@code getItemsTypeBook}.
 * </ul>
 *
 * <p>Names here are as the spec spells them; {@link ResourceNames} makes Java names of them, unique
 * within their group.
 */
final class OperationNames {
  /** The group of operations that neither tags nor path segments name. */
  static final String ROOT_GROUP = "root";

  private final Problems problems;

  OperationNames(Problems problems) {
    this.problems = problems;
  }

  /**
   * The group path and the method name of {@code verb key}; {@code sharesPath} when another key
   * differs from {@code key} only in its query or fragment.
   */
  Names of(String verb, String key, Operation op, Location at, boolean sharesPath) {
    List<String> segments = segments(PathKey.pathOf(key));
    List<String> group = groupExtension(Extensions.get(op.getExtensions(), GROUP_NAME), at);
    boolean groupFromPath = false;
    if (group == null && op.getTags() != null) {
      group =
          op.getTags().stream()
              .filter(OperationNames::hasName)
              .findFirst()
              .map(List::of)
              .orElse(null);
    }
    if (group == null) {
      String first = segments.stream().filter(s -> !isParameter(s)).findFirst().orElse(null);
      group = List.of(first == null ? ROOT_GROUP : first);
      groupFromPath = first != null;
    }
    Object method = Extensions.get(op.getExtensions(), METHOD_NAME);
    if (method instanceof String name && hasName(name)) {
      return new Names(group, name);
    }
    if (op.getOperationId() != null && hasName(op.getOperationId())) {
      return new Names(group, op.getOperationId());
    }
    List<String> rest = new ArrayList<>(segments);
    if (groupFromPath) {
      rest.remove(group.get(0));
    }
    String name = fromVerbAndPath(verb, rest);
    return new Names(group, sharesPath ? name + queryWords(key) : name);
  }

  /**
   * {@code _type_book_by_lat_and_lon} of {@code ?type=book&lat={lat}&lon={lon}}: the fixed pairs,
   * then the parameters, then the fragment ({@code /files/{id}#add_shared_link}); empty for a key
   * without either or with a query that cannot be sent.
   */
  private static String queryWords(String key) {
    PathKey parsed;
    try {
      parsed = PathKey.parse(key);
    } catch (IllegalArgumentException e) {
      return "";
    }
    StringBuilder words = new StringBuilder();
    parsed.fixed().forEach(p -> words.append('_').append(p.name()).append('_').append(p.value()));
    List<String> by = parsed.bound().stream().map(PathKey.Bound::parameter).toList();
    if (!by.isEmpty()) {
      words.append("_by_").append(String.join("_and_", by));
    }
    if (!PathKey.fragmentOf(key).isEmpty()) {
      words.append('_').append(PathKey.fragmentOf(key));
    }
    // The words name a method: '=', '%' and the like of a fixed value are no part of it.
    return words.toString().replaceAll("[^\\p{L}\\p{N}]+", "_");
  }

  /** {@code GET} and {@code [pets, {id}]} make {@code get_pets_by_id}. */
  private static String fromVerbAndPath(String verb, List<String> rest) {
    boolean action =
        verb.equals("POST")
            && !rest.isEmpty()
            && rest.stream().noneMatch(OperationNames::isParameter);
    List<String> words = new ArrayList<>();
    if (!action) {
      words.add(verb.toLowerCase(Locale.ROOT));
    }
    for (String segment : rest) {
      words.add(
          isParameter(segment) ? "by_" + segment.substring(1, segment.length() - 1) : segment);
    }
    return String.join("_", words);
  }

  /** The path's segments that can name something: no empty, {@code .} or {@code ..} ones. */
  private static List<String> segments(String path) {
    List<String> segments = new ArrayList<>();
    for (String segment : path.split("/", -1)) {
      if (hasName(segment)) {
        segments.add(segment);
      }
    }
    return segments;
  }

  private static boolean isParameter(String segment) {
    return segment.startsWith("{") && segment.endsWith("}");
  }

  static boolean hasName(String text) {
    return text.chars().anyMatch(Character::isLetterOrDigit);
  }

  /** {@code x-fern-sdk-group-name}: a list of names or one name; null when absent or invalid. */
  private List<String> groupExtension(Object value, Location at) {
    if (value == null) {
      return null;
    }
    if (value instanceof String name && hasName(name)) {
      return List.of(name);
    }
    if (value instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
      // Names without a letter or digit ('..') cannot name a group; the rest still can.
      List<String> names =
          list.stream().map(String.class::cast).filter(OperationNames::hasName).toList();
      return names.isEmpty() ? null : names;
    }
    problems.warning(
        at.child(GROUP_NAME),
        GROUP_NAME + " is neither a name nor a list of names",
        "Give a list of group names, such as [acs, users]; the tags or the path are used "
            + "meanwhile");
    return null;
  }

  /** A group path, such as {@code [acs, users]}, and a method name, such as {@code list}. */
  record Names(List<String> group, String method) {
    Names {
      group = List.copyOf(group);
    }
  }
}
