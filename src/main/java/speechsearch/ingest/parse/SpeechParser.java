package speechsearch.ingest.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import speechsearch.ingest.text.CharNormalizer;
import speechsearch.ingest.text.MarkerStyle;
import speechsearch.ingest.text.Markers;

/**
 * Parses a cleaned body into a tree of enumerated units. Markers count at the start of a paragraph
 * or of a sentence ("一是…；二是…" inside one paragraph); {@link UnitTree} nests them and {@link Lists}
 * says where each unit ends. Endnotes and attachments after the body (名词解释, 注释, 附件) are an appendix
 * outside the tree ({@link Appendix}).
 *
 * <p>Every character of the body is in exactly one place: the preamble, a unit's text (from its
 * marker to its first child), a section's tail (after its last child), the closing or the appendix.
 */
public final class SpeechParser {

  /** A unit before ids, paths and topics are assigned. */
  public static final class Node {
    final String marker;
    final MarkerStyle style;
    final int ordinal;
    final int start;
    String heading;
    String text;
    String tail = "";
    final List<Node> children = new ArrayList<>();
    // where the unit ends, and where its last child ends (set by Lists.close)
    int end;
    int childrenEnd;

    Node(Markers.Found m, int start) {
      this(m.text(), m.style(), m.ordinal(), start);
    }

    private Node(String marker, MarkerStyle style, int ordinal, int start) {
      this.marker = marker;
      this.style = style;
      this.ordinal = ordinal;
      this.start = start;
    }

    /** An unmarked group: the paragraphs from {@code start} and the list they lead into. */
    static Node group(int start) {
      return new Node("", null, 0, start);
    }

    public String marker() {
      return marker;
    }

    public int ordinal() {
      return ordinal;
    }

    public String heading() {
      return heading;
    }

    public String text() {
      return text;
    }

    /** A section's text after its last child; empty for a measure. */
    public String tail() {
      return tail;
    }

    public List<Node> children() {
      return children;
    }
  }

  /** The parsed body: text before the first unit, the units, the closing remarks, endnotes. */
  public record Body(String preamble, List<Node> units, String closing, String appendix) {
    /** The last part of the body before the appendix: where a cut-off text would stop. */
    public String lastText() {
      if (!closing.isEmpty() || units.isEmpty()) return closing.isEmpty() ? preamble : closing;
      Node u = units.get(units.size() - 1);
      while (u.tail.isEmpty() && !u.children.isEmpty()) u = u.children.get(u.children.size() - 1);
      return u.tail.isEmpty() ? u.text : u.tail;
    }
  }

  private static final int MAX_HEADING = 80;

  public Body parse(String body) {
    return parse(body, Set.of());
  }

  /**
   * As {@link #parse(String)}, for a body with left-out stretches: {@code gaps} are the offsets of
   * the paragraphs that follow one (see {@code CleanText.gaps}). Lists open before a gap are not
   * continued into it unless a marker after it carries them on, and a list after it may start past
   * its first member.
   */
  public Body parse(String body, Set<Integer> gaps) {
    List<Node> roots = tree(body, false, gaps);
    int appendixStart = Appendix.start(body, roots);
    String main = body;
    if (appendixStart < body.length()) {
      main = body.substring(0, appendixStart);
      roots = tree(main, Appendix.circledNotes(body, appendixStart), gaps);
    }
    String appendix = body.substring(appendixStart).strip();
    if (roots.isEmpty()) return new Body(main.strip(), roots, "", appendix);
    String preamble = main.substring(0, roots.get(0).start).strip();
    int closingStart = Lists.close(main, roots, main.length());
    assignTexts(main, roots);
    return new Body(preamble, roots, main.substring(closingStart).strip(), appendix);
  }

  /**
   * The unit tree. A heading without a marker that a list continued across was a sub-heading inside
   * that list: the tree is built again reading it as text, so lists after it nest where they
   * belong.
   */
  private static List<Node> tree(String body, boolean noteReferences, Set<Integer> gaps) {
    Set<Integer> insideLists = new HashSet<>();
    List<Node> roots = UnitTree.build(body, Set.of(), insideLists, noteReferences, gaps);
    // most texts have no such heading, and need no second pass
    for (int pass = 0; pass < 3 && !insideLists.isEmpty(); pass++) {
      Set<Integer> more = new HashSet<>();
      roots = UnitTree.build(body, Set.copyOf(insideLists), more, noteReferences, gaps);
      if (!insideLists.addAll(more)) break;
    }
    return roots;
  }

  /** Texts, tails and headings from the ends {@link Lists#close} set. */
  private static void assignTexts(String body, List<Node> units) {
    for (Node u : units) {
      int ownEnd = u.children.isEmpty() ? u.end : u.children.get(0).start;
      u.text = body.substring(u.start, ownEnd).strip();
      if (!u.children.isEmpty()) {
        u.tail = body.substring(u.childrenEnd, u.end).strip();
        assignTexts(body, u.children);
      }
      u.heading =
          u.style == null
              ? leadIn(body, u.start, ownEnd)
              : heading(body, u.start + u.marker.length() + spacesAfterMarker(body, u), ownEnd);
    }
  }

  private static int spacesAfterMarker(String body, Node u) {
    // the marker text was compacted ("( 一 )" → "(一)"): skip to the first character after it
    int p = u.start;
    int seen = 0;
    while (p < body.length() && seen < u.marker.length()) {
      if (!Character.isWhitespace(body.charAt(p))) seen++;
      p++;
    }
    return p - u.start - u.marker.length();
  }

  /**
   * A short line of its own, no sentence punctuation, no marker, followed by more text, after a
   * line that ended (a long line without final punctuation was broken mid-sentence: "…今年经济社会发展的\n
   * 主要预期目标\n是：…", where a page linked the words).
   */
  static boolean isUnmarkedHeading(String body, int lineStart) {
    int end = body.indexOf('\n', lineStart);
    if (end < 0 || end - lineStart < 6 || end - lineStart > 30) return false;
    if (lineStart > 1 && lineStart - Paragraphs.startOf(body, lineStart - 1) > 31) {
      char c = body.charAt(lineStart - 2);
      if (!CharNormalizer.isSentenceEnd(c) && !CharNormalizer.isColon(c) && "”）)".indexOf(c) < 0) {
        return false;
      }
    }
    int han = 0;
    int numerals = 0;
    int enumerationCommas = 0;
    for (int i = lineStart; i < end; i++) {
      char c = body.charAt(i);
      if (CharNormalizer.isSentenceEnd(c)
          || CharNormalizer.isColon(c)
          || CharNormalizer.isComma(c)) {
        return false;
      }
      // one 、 between words ("目标、方针和任务") may stand in a heading; more make a list of names,
      // and one after a numeral is an enumerator
      if (c == '、'
          && (++enumerationCommas > 1
              || i == lineStart
              || "零〇一二三四五六七八九十0123456789".indexOf(body.charAt(i - 1)) >= 0)) {
        return false;
      }
      if (CharNormalizer.isCjk(c)) han++;
      if ("零〇一二三四五六七八九十百千万亿".indexOf(c) >= 0) numerals++;
    }
    // "亿九十一" is a number split off a table, not a heading
    return han >= 4 && numerals * 2 < han && Markers.at(body, lineStart) == null;
  }

  /**
   * A field named as an item's label before its first comma: 疫情防控方面, 招生就业方面; not a sentence's
   * opening phrase ("在轻纺工业方面，要使…").
   */
  private static final Pattern FIELD_LABEL =
      Pattern.compile("((?!在|从|從|对|對)[^，,。；;：:、\\s]{2,10}方面)[，,]");

  /** Text after the marker up to the end of its first sentence or line. */
  private static String heading(String body, int from, int end) {
    int stop = Math.min(end, body.length());
    // a heading that runs on to where its first child begins within the same line ("…的成效2002年，在
    // …；一是…") holds its body as one that runs on to a full stop does
    // …and so does one that runs on to where a cut page stops ("总体情况2023年，我镇…坚持以")
    boolean ranOn = stop > from && body.charAt(stop - 1) != '\n';
    for (int i = from; i < stop; i++) {
      char c = body.charAt(i);
      if (CharNormalizer.isSentenceEnd(c)
          || c == '\n'
          || (CharNormalizer.isColon(c) && i - from > 2)) {
        // a colon after a long run ("…的成效2002年，在…取得了显著成绩：一是…") ends a run-on too
        ranOn = c != '\n';
        stop = i;
        break;
      }
    }
    // only a heading that runs on to a full stop can hold its body; one that ends with its line,
    // however long ("扎实做好2024年全县农业农村重点工作和…"), keeps the year it names
    String h = body.substring(Math.min(from, stop), stop).strip();
    if (ranOn) h = withoutRunOnBody(h);
    // "一是疫情防控方面，我们积极推进…": the field the item reports on labels it
    Matcher field = FIELD_LABEL.matcher(h);
    if (field.lookingAt()) h = field.group(1);
    return h.length() > MAX_HEADING ? h.substring(0, MAX_HEADING) : h;
  }

  /**
   * Where a heading run into its body without a stop ("进一步深化认识今年以来，我区…", "工作总结 xxxx年全区…",
   * "20*年工作回顾20*年，…": a page masks a year's last digits with one mark or two) gives way to the
   * body: at the time phrase its first clause opens with.
   */
  private static final Pattern BODY_START =
      Pattern.compile(
          "\\s*(?:今年以来|近年来|去年以来|多年来|一年来|长期以来|(?:刚刚)?过去的(?:这)?[一二三四五]年[,，]"
              + "|(?:(?:19|20)\\d{2}|[xX×*＊]{2,4}|20[xX×*＊]{1,2})\\s?年(?:以来|来)?[,，]"
              + "|(?:(?:19|20)\\d{2}|[xX×*＊]{2,4}|20[xX×*＊]{1,2})\\s?年[^。，,]{0,4}?([全我本]))");

  /**
   * A year and the unit's name ("2020年我县共受理…") open the body only in a run-on longer than any
   * heading: "扎实做好2024年全县农业农村重点工作，全力推进乡村全面振兴。" is a heading's own words.
   */
  private static final int RUN_ON_UNIT = 50;

  private static final int RUN_ON = 30;

  static String withoutRunOnBody(String h) {
    int clause = h.length();
    for (int i = 0; i < h.length(); i++) {
      if (CharNormalizer.isComma(h.charAt(i))) {
        clause = i;
        break;
      }
    }
    Matcher m = BODY_START.matcher(h).region(0, Math.min(h.length(), clause + 1));
    if (clause < 10) {
      // a short heading whose first clause is only the year the body opens on ("总体情况2023年，我镇…")
      return m.find() && m.start() >= 4 && m.end() == clause + 1 && m.group(1) == null
          ? h.substring(0, m.start()).strip()
          : h;
    }
    // a heading on a line of its own is short: only a run-on sentence holds its body
    if (h.length() < RUN_ON) return h;
    while (m.find()) {
      if (m.group(1) != null && h.length() < RUN_ON_UNIT) continue;
      if (m.start() >= 4 && noPunctuation(h, m.start())) return h.substring(0, m.start()).strip();
    }
    return h;
  }

  private static boolean noPunctuation(String h, int end) {
    for (int i = 0; i < end; i++) {
      char c = h.charAt(i);
      if (CharNormalizer.isComma(c) || CharNormalizer.isSentenceEnd(c) || c == '、') return false;
    }
    return true;
  }

  /**
   * The heading of an unmarked group: the sentence that leads into its list ("国务院认为，…是要着重抓好以下的十项
   * 工作"), the last one before its first child.
   */
  private static String leadIn(String body, int from, int to) {
    int end = to;
    while (end > from && (Character.isWhitespace(body.charAt(end - 1)))) end--;
    int start = end;
    while (start > from) {
      char c = body.charAt(start - 1);
      if (c == '\n' || (start < end && CharNormalizer.isSentenceEnd(c))) break;
      start--;
    }
    String h = body.substring(start, end).strip();
    while (!h.isEmpty() && "：:，,。；;？！?!".indexOf(h.charAt(h.length() - 1)) >= 0) {
      h = h.substring(0, h.length() - 1);
    }
    if (h.isEmpty()) return heading(body, from, to);
    if (h.length() <= MAX_HEADING) return h;
    // a long lead-in keeps its last clauses, from a clause boundary
    int cut = h.length() - MAX_HEADING;
    int clause = cut;
    while (clause < h.length() && "，,、；;".indexOf(h.charAt(clause - 1)) < 0) clause++;
    return h.substring(clause < h.length() - 4 ? clause : cut);
  }
}
