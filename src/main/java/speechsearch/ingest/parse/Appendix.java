package speechsearch.ingest.parse;

import java.util.List;
import java.util.regex.Pattern;
import speechsearch.ingest.parse.SpeechParser.Node;

/**
 * Endnotes and attachments after a report's body: a line of its own that heads them (名词解释, 注释, 注：,
 * 附：, 附件2 …) after the first unit, past which no list of the body goes on. They are kept apart from
 * the tree, so their numbered entries ("1.“两重”：…") are not read as measures of the last section.
 */
final class Appendix {
  private static final Pattern HEADER =
      Pattern.compile(
          "(名词解释|名词注释|注释|注解|附注|附录|注|附)[:：]?"
              + "|附件\\s*[0-9一二三四五六七八九十]{0,2}(?:[:：\\s][^。；！？]{1,40})?");

  private static final int MAX_HEADER = 48;

  private Appendix() {}

  /** Where the appendix of {@code body} starts, or the body's length when it has none. */
  static int start(String body, List<Node> roots) {
    int from = roots.isEmpty() ? body.length() / 2 : roots.get(0).start;
    for (int p = Paragraphs.after(body, from, 1);
        p < body.length();
        p = Paragraphs.after(body, p, 1)) {
      int eol = body.indexOf('\n', p);
      // a header with nothing after it heads nothing
      if (eol < 0) break;
      if (eol - p > MAX_HEADER || !HEADER.matcher(body).region(p, eol).matches()) continue;
      if (!continuesPast(roots, p)) return p;
    }
    return body.length();
  }

  /**
   * Whether a list of the body goes on past {@code p}: its next member after p continues its
   * numbering (an attachment's own 一、…十、 starts again at 一).
   */
  private static boolean continuesPast(List<Node> list, int p) {
    for (int i = 0; i < list.size(); i++) {
      Node u = list.get(i);
      if (u.start > p) {
        Node before = i > 0 ? list.get(i - 1) : null;
        return before != null && u.style == before.style && u.ordinal == before.ordinal + 1;
      }
      if (continuesPast(u.children, p)) return true;
    }
    return false;
  }

  /**
   * Whether the notes are numbered ①②…: the text then refers to them with the same numbers
   * ("…创造的。①毫无疑义"), which are references, not enumerators.
   */
  static boolean circledNotes(String body, int start) {
    int p = Paragraphs.after(body, start, 1);
    for (int i = 0; i < 3 && p < body.length(); i++, p = Paragraphs.after(body, p, 1)) {
      char c = body.charAt(p);
      if (c >= '\u2460' && c <= '\u2473') return true;
    }
    return false;
  }
}
