package speechsearch.ingest.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import speechsearch.ingest.text.Markers;

/**
 * A table of contents above the body (目录/提纲 and the headings under it, lines with leaders and page
 * numbers, or heading lines the body repeats), which would otherwise be parsed as a second copy of
 * the speech's sections.
 */
final class Outline {
  private static final Pattern OUTLINE_HEADER =
      Pattern.compile("^(目录|提纲|目录/提纲|目录提纲|目錄|提綱|目錄/提綱)[:：]?.*$|^.{2,30}目录$");

  private static final Pattern TOC_LINE =
      Pattern.compile("^.{2,60}?(\\.{3,}|…{2,}|·{3,}|-{3,})\\s*\\d{1,3}$");

  /** A numbered entry with its page number after a space: "2.生逢盛世当不负,肩负重任踏新征 6". */
  private static final Pattern NUMBERED_ENTRY =
      Pattern.compile("^\\d{1,2}[.、．]\\S.{1,50}?\\s\\d{1,3}$");

  /** An entry's page number after its last word: "…在全镇三级干部大会的讲话 2". */
  private static final Pattern PAGE_NUMBER_AFTER = Pattern.compile("[^\\d\\s.]\\s?\\d{1,3}$");

  private static final Pattern ELLIPSIS_LINE = Pattern.compile("^[….。·\\s]+$");

  private Outline() {}

  /**
   * Drops a table of contents before the body: a block under 目录/提纲, lines that end in leaders and a
   * page number ("一、形势……3"), and, without either, three or more marker lines that the body repeats
   * as the starts of its own lines.
   */
  static List<String> remove(List<String> lines, List<String> removed) {
    List<String> out = new ArrayList<>(lines.size());
    int i = 0;
    int firstSentence = firstSentenceLine(lines);
    while (i < lines.size()) {
      String line = lines.get(i);
      if (i < firstSentence && OUTLINE_HEADER.matcher(line).matches()) {
        int j = i + 1;
        while (j < lines.size() && j < firstSentence && !HeadLines.isSentenceLine(lines.get(j))) {
          String l = lines.get(j);
          // the title and the salutation after an outline are the speech's, not its entries
          // …but an entry of a collection's contents is title-shaped too, with its page number
          if (!Markers.startsWithMarker(l)
              && (TitleRun.startsWithSalutation(l)
                  || TitleText.isTitleShaped(l) && !PAGE_NUMBER_AFTER.matcher(l).find())) {
            break;
          }
          boolean end = ELLIPSIS_LINE.matcher(l).matches() || l.endsWith("……");
          j++;
          if (end) break;
        }
        for (int k = i; k < j; k++) removed.add("outline: " + lines.get(k));
        i = j;
        continue;
      }
      int entries = numberedContents(lines, i);
      if (entries > 0) {
        for (int k = i; k <= i + entries; k++) removed.add("outline: " + lines.get(k));
        i += entries + 1;
        continue;
      }
      if (i < firstSentence
          && (TOC_LINE.matcher(line).matches() || NUMBERED_ENTRY.matcher(line).matches())) {
        removed.add("outline: " + line);
        i++;
        continue;
      }
      out.add(line);
      i++;
    }
    int first = firstSentenceLine(out);
    List<Integer> repeated = new ArrayList<>();
    for (int k = 0; k < first; k++) {
      String l = out.get(k);
      if (Markers.startsWithMarker(l) && bodyRepeats(out, first, l)) repeated.add(k);
    }
    if (repeated.size() >= 3) {
      for (int r = repeated.size() - 1; r >= 0; r--) {
        removed.add("outline: " + out.remove((int) repeated.get(r)));
      }
      return out;
    }
    int heads = headingsAboveTheTitle(out, first);
    for (int k = 0; k < heads; k++) removed.add("outline: " + out.remove(0));
    return out;
  }

  /**
   * How many marker lines open the page above the speech's own title and salutation ("一、深化思想认识 /
   * 二、… / 在…会上的讲话 / 同志们:"): a page's outline of headings the excerpt may never reach, at least
   * three, none a sentence. Zero when anything else comes first or no title and salutation follow.
   */
  private static int headingsAboveTheTitle(List<String> lines, int firstSentence) {
    int n = 0;
    while (n < firstSentence
        && Markers.startsWithMarker(lines.get(n))
        && lines.get(n).length() <= 30
        && !HeadLines.isSentenceLine(lines.get(n))) {
      n++;
    }
    if (n < 3 || n + 1 >= lines.size()) return 0;
    String title = lines.get(n);
    return !Markers.startsWithMarker(title)
            && TitleText.isTitleShaped(title)
            && TitleRun.startsWithSalutation(lines.get(n + 1))
        ? n
        : 0;
  }

  private static boolean bodyRepeats(List<String> lines, int from, String heading) {
    for (int k = from; k < lines.size(); k++) if (lines.get(k).startsWith(heading)) return true;
    return false;
  }

  /**
   * A collection's contents under a bare 目录, each entry ending in its page number ("…的讲话 2"), where
   * a site's blurb above it may be a sentence: how many entry lines follow the label, or 0. Only
   * before a salutation or a marker line: once a speech has begun, a 目录 heads a list of its own (an
   * annex of projects) that is body text.
   */
  private static int numberedContents(List<String> lines, int i) {
    if (!BARE_CONTENTS.matcher(lines.get(i)).matches()) return 0;
    for (int k = 0; k < i; k++) {
      String l = lines.get(k);
      if (TitleRun.startsWithSalutation(l) || Markers.startsWithMarker(l)) return 0;
    }
    int j = i + 1;
    while (j < lines.size()
        && PAGE_NUMBER_AFTER.matcher(lines.get(j)).find()
        && !HeadLines.isSentenceLine(lines.get(j))) {
      j++;
    }
    return j - i - 1 >= 1 && j < lines.size() ? j - i - 1 : 0;
  }

  private static final Pattern BARE_CONTENTS = Pattern.compile("目录|目錄");

  private static int firstSentenceLine(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) if (HeadLines.isSentenceLine(lines.get(i))) return i;
    return lines.size();
  }
}
