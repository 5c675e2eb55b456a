package speechsearch.ingest.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import speechsearch.ingest.text.CharNormalizer;
import speechsearch.ingest.text.Markers;

/**
 * Repairs the whitespace damage of PDF and Word extraction: spaces between Chinese characters ("强镇引
 * 领"), and lines hard-wrapped at a fixed width. A space in front of an enumerator ("…变亮点 (一)精准…")
 * may be where a paragraph ended, so it is kept for the parser to judge.
 */
final class WhitespaceRepair {
  private WhitespaceRepair() {}

  /** A space this far (in characters) after a marker may end its heading line. */
  private static final int HEADING_MIN = 8;

  private static final int HEADING_MAX = 44;

  /** Lines with fewer spaces than one per this many characters lost their breaks to spaces. */
  private static final int SPARSE = 50;

  /** A line of two to four four-character Han phrases, one space between each. */
  private static final Pattern SLOGAN = Pattern.compile("\\p{IsHan}{4}(?: \\p{IsHan}{4}){1,3}");

  /**
   * Collapses and removes spaces in one line; may return several lines joined by '\n'. Where a page
   * flattened its paragraphs into one line, a rare space after a heading that a marker began
   * ("二、…努力开创教育事业跨越赶超新局面 20**年以…") is where the heading's line ended: it becomes a line break, so
   * the heading does not run into the body.
   */
  static String repairLine(String line) {
    String s = line.strip();
    int n = s.length();
    int first = 0;
    while (first < n && !Character.isWhitespace(s.charAt(first))) first++;
    // most lines of a clean text have no space inside: nothing to repair
    if (first == n) return s;
    // a slogan set as four-character phrases ("比学赶超 晋位争先") keeps its spaces: it stays the row of
    // short phrases it is, which the chrome rules take for a banner over the name, not for the
    // title
    if (n <= 20 && SLOGAN.matcher(s).matches()) return s;
    StringBuilder out = new StringBuilder(n).append(s, 0, first);
    // whether the line's spaces are rare enough to stand for lost line breaks; counted when needed
    Boolean sparse = null;
    for (int i = first; i < n; i++) {
      char c = s.charAt(i);
      if (!Character.isWhitespace(c)) {
        out.append(c);
        continue;
      }
      int j = i;
      while (j < n && Character.isWhitespace(s.charAt(j))) j++;
      if (out.isEmpty() || j >= n) {
        i = j - 1;
        continue;
      }
      char a = out.charAt(out.length() - 1);
      char b = s.charAt(j);
      if ((isTight(a) && isTight(b)) && (isChinese(a) || isChinese(b))) {
        if (Markers.at(s, j) != null
            && !Character.isDigit(a)
            && (isChinese(a) || ")）”。;:!?；：！？".indexOf(a) >= 0)
            && startsLikeNewParagraph(s, j)) {
          out.append(' ');
        } else if (isChinese(a) && !strayNumber(s, j) && endsMarkerHeading(out)) {
          if (sparse == null) sparse = n >= 4 * SPARSE && spaceRuns(s) * SPARSE < n;
          if (sparse) out.append('\n');
        }
        // otherwise the space is extraction damage: drop it
      } else {
        out.append(' ');
      }
      i = j - 1;
    }
    return out.toString();
  }

  /** "水 2 平": a page number left inside a word, between two spaces. */
  private static boolean strayNumber(String s, int j) {
    int k = j;
    while (k < s.length() && k - j < 3 && Character.isDigit(s.charAt(k))) k++;
    return k > j && k < s.length() && Character.isWhitespace(s.charAt(k));
  }

  /**
   * Whether the text repaired so far ends with a heading a marker began: the current sentence
   * starts with a marker and has run {@link #HEADING_MIN} to {@link #HEADING_MAX} characters.
   */
  private static boolean endsMarkerHeading(StringBuilder out) {
    int end = out.length();
    int st = end;
    while (st > 0 && end - st <= HEADING_MAX) {
      char p = out.charAt(st - 1);
      if (p == ' ' || p == '\n' || CharNormalizer.isSentenceEnd(p) || CharNormalizer.isColon(p)) {
        break;
      }
      st--;
    }
    int len = end - st;
    return len >= HEADING_MIN && len <= HEADING_MAX && Markers.at(out, st) != null;
  }

  private static int spaceRuns(String s) {
    int runs = 0;
    for (int i = 1; i < s.length(); i++) {
      if (Character.isWhitespace(s.charAt(i)) && !Character.isWhitespace(s.charAt(i - 1))) runs++;
    }
    return runs;
  }

  /** A marker followed by a real heading, not a stray page number like "自 6 身素质". */
  private static boolean startsLikeNewParagraph(String s, int j) {
    int end = Math.min(s.length(), j + 8);
    String head = s.substring(j, end);
    return !head.matches("\\d{1,3}\\s.*") || head.matches("\\d{1,2}[、.].*");
  }

  private static boolean isChinese(char c) {
    return CharNormalizer.isCjk(c) || CharNormalizer.isCjkPunct(c);
  }

  /** Characters that sit without spaces next to Chinese text. */
  private static boolean isTight(char c) {
    return isChinese(c) || Character.isDigit(c) || ",.;:!?()%-\"'*".indexOf(c) >= 0;
  }

  /** A label that opens a line of a page's head: 目录/提纲:, 发表时间:, 作者:. */
  private static final Pattern LABEL = Pattern.compile("[\\p{IsHan}/]{2,6}[:：]");

  /**
   * Joins lines that a PDF extractor broke at a fixed width. Only applies when the text looks
   * hard-wrapped: many lines of nearly the same length that do not end a sentence. A line in {@code
   * paragraphEnds} (followed by a blank line in a text where few lines are) is never joined to the
   * next: a page that sets its head lines and outline apart is not a wrapped PDF; nor is a line
   * that opens with a {@link #LABEL} joined to the one above.
   */
  static List<String> joinHardWraps(List<String> lines, Set<String> paragraphEnds) {
    int[] counts = new int[512];
    int considered = 0;
    int open = 0;
    for (String l : lines) {
      if (l.length() < 10 || ChromeLines.captionName(l) != null) continue;
      considered++;
      if (!endsSentence(l)) open++;
      counts[Math.min(l.length(), counts.length - 1)]++;
    }
    if (considered < 10 || open * 2 < considered) return lines;
    int mode = 0;
    for (int i = 10; i < counts.length - 1; i++) if (counts[i] > counts[mode]) mode = i;
    int near = 0;
    for (int i = Math.max(0, mode - 2); i <= Math.min(counts.length - 2, mode + 2); i++) {
      near += counts[i];
    }
    if (mode < 20 || near * 10 < considered * 4) return lines;

    List<String> out = new ArrayList<>();
    StringBuilder cur = null;
    for (String l : lines) {
      // a viewer's page captions ("标题_第1页"), one a line, are chrome of the same width, not a wrap
      if (ChromeLines.captionName(l) != null) {
        if (cur != null) out.add(cur.toString());
        out.add(l);
        cur = null;
        continue;
      }
      if (cur != null && !Markers.startsWithMarker(l) && !LABEL.matcher(l).lookingAt()) {
        cur.append(l);
      } else {
        if (cur != null) out.add(cur.toString());
        cur = new StringBuilder(l);
      }
      String joined = cur.toString();
      if (l.length() < mode - 2 || endsSentence(l) || paragraphEnds.contains(l)) {
        out.add(joined);
        cur = null;
      }
    }
    if (cur != null) out.add(cur.toString());
    return out;
  }

  /** What goes on after a number that is a quantity or a year: a unit, 年, 个. */
  private static final String QUANTITY_AFTER = "年月日号个名人项万亿元";

  /** A number or a masked number (XX, ××) standing alone on its line. */
  private static final Pattern LONE_NUMBER = Pattern.compile("\\d{1,4}|[Xx×*＊]{1,4}");

  /**
   * Joins numbers that a document viewer's text layer put on lines of their own inside a sentence
   * ("区委书记在" / "2022" / "年一季度…讲话"; "请" / "XX" / "同志汇报"): a lone number between a line that does not
   * end a sentence and one that goes on with a letter (after a digit: a unit, 年 or 个) is rejoined
   * to both. Only where a page does this at least twice: a single bare number may be a page number
   * between paragraphs.
   */
  static List<String> joinSplitNumbers(List<String> lines) {
    int found = 0;
    for (int i = 1; i + 1 < lines.size() && found < 2; i++) if (splitNumberAt(lines, i)) found++;
    if (found < 2) return lines;
    List<String> out = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      if (i + 1 < lines.size() && !out.isEmpty() && splitNumberAt(lines, i)) {
        out.set(out.size() - 1, out.get(out.size() - 1) + lines.get(i) + lines.get(i + 1));
        i++;
      } else {
        out.add(lines.get(i));
      }
    }
    return out;
  }

  private static boolean splitNumberAt(List<String> lines, int i) {
    String before = lines.get(i - 1);
    String after = lines.get(i + 1);
    String number = lines.get(i);
    return LONE_NUMBER.matcher(number).matches()
        && !before.isEmpty()
        // a heading's line ends where its paragraph begins, with a number as often as not ("一、过去一年的
        // 工作回顾" / "2023" / "年,面对…")
        && !Markers.startsWithMarker(before)
        && !endsSentence(before)
        && "，,、；;".indexOf(before.charAt(before.length() - 1)) < 0
        && !after.isEmpty()
        && isChinese(after.charAt(0))
        && !Markers.startsWithMarker(after)
        // a quantity or a masked name goes on; a page number falls anywhere in a sentence
        && (!Character.isDigit(number.charAt(0)) || QUANTITY_AFTER.indexOf(after.charAt(0)) >= 0);
  }

  private static boolean endsSentence(String l) {
    char last = l.charAt(l.length() - 1);
    return CharNormalizer.isSentenceEnd(last)
        || CharNormalizer.isColon(last)
        || "”\")）".indexOf(last) >= 0;
  }
}
