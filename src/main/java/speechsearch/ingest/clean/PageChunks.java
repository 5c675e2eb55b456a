package speechsearch.ingest.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import speechsearch.ingest.text.CharNormalizer;

/**
 * Document-sharing sites show a text as page chunks, each starting with its page number ("1、", "2、"
 * …), often in the middle of a word. A run of such chunks is rejoined without the numbers; genuine
 * numbered items are short headings and do not form long runs counted from 1, and a numbered
 * paragraph ends its sentence before the next number.
 */
final class PageChunks {
  private static final Pattern CHUNK = Pattern.compile("^(\\d{1,3})、\\s*");
  private static final int MIN_RUN = 3;
  private static final int MIN_MEAN_LENGTH = 100;

  private PageChunks() {}

  static List<String> rejoin(List<String> lines) {
    List<String> out = new ArrayList<>(lines.size());
    int i = 0;
    while (i < lines.size()) {
      int end = runEnd(lines, i);
      if (isPageRun(lines, i, end)) {
        StringBuilder joined = new StringBuilder();
        for (int k = i; k < end; k++) {
          Matcher m = CHUNK.matcher(lines.get(k));
          joined.append(m.find() ? lines.get(k).substring(m.end()) : lines.get(k));
        }
        for (String l : joined.toString().split("\n")) if (!l.isBlank()) out.add(l.strip());
        i = end;
      } else {
        out.add(lines.get(i));
        i++;
      }
    }
    return out;
  }

  /**
   * Three or more long numbered chunks; or two, when the first is long and stops in the middle of a
   * sentence, so the second goes on with it (a page beginning shows only its first pages).
   */
  private static boolean isPageRun(List<String> lines, int from, int to) {
    if (to - from >= MIN_RUN) {
      // pages break where the page is full; items end their sentences before the next number
      return meanLength(lines, from, to) >= MIN_MEAN_LENGTH
          && !allEndSentences(lines, from, to - 1);
    }
    if (to - from != 2) return false;
    String first = lines.get(from);
    char last = first.charAt(first.length() - 1);
    return first.length() >= MIN_MEAN_LENGTH && !isSentenceEnd(last) && ":：".indexOf(last) < 0;
  }

  private static boolean allEndSentences(List<String> lines, int from, int to) {
    for (int k = from; k < to; k++) {
      String l = lines.get(k).strip();
      if (l.isEmpty() || !isSentenceEnd(l.charAt(l.length() - 1))) return false;
    }
    return true;
  }

  private static boolean isSentenceEnd(char c) {
    return CharNormalizer.isSentenceEnd(c) || "”\")）".indexOf(c) >= 0;
  }

  /** End (exclusive) of the run of lines numbered 1、 2、 3、 … starting at {@code start}. */
  private static int runEnd(List<String> lines, int start) {
    int expected = 1;
    int k = start;
    while (k < lines.size()) {
      Matcher m = CHUNK.matcher(lines.get(k));
      if (!m.find() || Integer.parseInt(m.group(1)) != expected) break;
      expected++;
      k++;
    }
    return k;
  }

  private static double meanLength(List<String> lines, int from, int to) {
    long sum = 0;
    for (int k = from; k < to; k++) sum += lines.get(k).length();
    return (double) sum / (to - from);
  }
}
