package speechsearch.ingest.clean;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A collection's label of its first speech near the top of the body: "(一):" on its own line before
 * "同志们:" (what is left of "…讲话(一):" once the repeated name is gone), or run into the salutation's
 * line ("…仅供参考。(一): 同志们: 今天…"). It numbers the speeches of the page, not a part of this one, so it
 * is removed rather than read as an empty heading.
 */
final class ItemLabels {
  /** A speech's number in a collection, alone on its line: "(一):", "1、", "（二）". */
  private static final Pattern ITEM_LABEL =
      Pattern.compile("[(（]?[一二三四五六七八九十\\d]{1,3}[)）、.]?\\s*[:：]?");

  /** Such a label after a sentence's end, its salutation following on the same line. */
  private static final Pattern LABEL_BEFORE_SALUTATION =
      Pattern.compile("(?:^|(?<=[。！!？?]))\\s*[(（][一二三四五六七八九十\\d]{1,3}[)）]\\s*[:：]?\\s*");

  /** How far into the body such a label is looked for, in lines. */
  private static final int TOP_LINES = 4;

  private ItemLabels() {}

  /** Removes the first such label among the body's first lines, listing it in {@code removed}. */
  static void dropFirstSpeechLabel(List<String> body, List<String> removed) {
    for (int i = 0; i < Math.min(body.size(), TOP_LINES); i++) {
      if (i + 1 < body.size()
          && ITEM_LABEL.matcher(body.get(i)).matches()
          && TitleRun.startsWithSalutation(body.get(i + 1))) {
        removed.add("item label: " + body.remove(i));
        return;
      }
      String line = body.get(i);
      Matcher run = LABEL_BEFORE_SALUTATION.matcher(line);
      while (run.find()) {
        if (TitleRun.startsWithSalutation(line.substring(run.end()))) {
          removed.add("item label: " + run.group().strip());
          body.set(i, (line.substring(0, run.start()) + line.substring(run.end())).strip());
          return;
        }
      }
    }
  }
}
