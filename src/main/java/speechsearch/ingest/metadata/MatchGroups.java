package speechsearch.ingest.metadata;

import java.util.regex.Matcher;

/** Patterns of several alternatives, each capturing the same thing in a group of its own. */
final class MatchGroups {
  private MatchGroups() {}

  /** The first group the match filled: the one alternative that matched. */
  static String first(Matcher m) {
    for (int g = 1; g <= m.groupCount(); g++) if (m.group(g) != null) return m.group(g);
    throw new IllegalStateException("no group in " + m.pattern() + " captured");
  }
}
