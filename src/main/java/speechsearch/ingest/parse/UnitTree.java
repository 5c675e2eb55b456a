package speechsearch.ingest.parse;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import speechsearch.ingest.parse.SpeechParser.Node;
import speechsearch.ingest.text.CharNormalizer;
import speechsearch.ingest.text.MarkerStyle;
import speechsearch.ingest.text.Markers;

/**
 * Builds the unit tree of a body from its markers. Nesting follows the order in which marker styles
 * appear: a style not yet open nests under the current unit; a style already open closes everything
 * opened after it; a marker must continue its sequence (一 after nothing, 二 after 一 …), which keeps
 * numbers inside sentences and stray page numbers out of the tree.
 *
 * <p>A list of short measures ends with its last measure (see {@link Lists#end}). A new list that
 * starts after such a list has ended, past paragraphs that belong to neither ("……要着重抓好以下的十项工作"), is
 * a list of the same section, not of the last measure: it goes into an unmarked group that holds
 * those paragraphs, beside the list before it. So does a list that starts again at 一 in a style
 * already open ("一是…四是", a lead-in, "一是…").
 *
 * <p>A 一、 list that starts again inside a later part is that part's list when its own 二、 comes
 * before the outer list's next number; a part whose next number begins a later paragraph is not
 * closed early ({@link PartMarkers}). Over 300 lines: each rule decides where a marker's unit goes
 * against the others (a list going on, starting again, nested, beside, closed by an address or a
 * heading without marker), and they stay consistent only when read in one place.
 */
final class UnitTree {
  private static final int MAX_DEPTH = 8;

  /** The lists a heading without a marker closed, and where that heading is. */
  private record Suspension(int at, List<Node> frames) {}

  private final String body;
  private final Set<Integer> ignored;
  private final Set<Integer> continuedAcross;

  /** Offsets of the paragraphs that follow text the page left out. */
  private final Set<Integer> gaps;

  /** The paragraph after the latest gap, or -1. */
  private int gapParagraph = -1;

  /** The style of the meeting's agenda last met, and its next number: its items are text. */
  private MarkerStyle agendaStyle;

  private int agendaNext;

  /** The start of the latest unit placed: a group may only begin after it. */
  private int lastStart = -1;

  private final boolean noteReferences;
  private final List<Node> roots = new ArrayList<>();
  // open.get(i) is the unit open at depth i; its style is the style of depth i
  private final List<Node> open = new ArrayList<>();
  // lists closed by each heading without a marker, latest last
  private final List<Suspension> suspensions = new ArrayList<>();
  private PartMarkers parts; // made when first needed
  // the styles of the markers met so far, placed or read as text
  private final Set<MarkerStyle> seenStyles = EnumSet.noneOf(MarkerStyle.class);

  /**
   * @param ignored headings without markers to read as text
   * @param continuedAcross receives the positions of headings that a list continued across
   * @param noteReferences whether circled numbers inside paragraphs are references to endnotes (①…)
   *     rather than enumerators
   * @param gaps offsets of the paragraphs that follow text the page left out
   */
  private UnitTree(
      String body,
      Set<Integer> ignored,
      Set<Integer> continuedAcross,
      boolean noteReferences,
      Set<Integer> gaps) {
    this.body = body;
    this.ignored = ignored;
    this.continuedAcross = continuedAcross;
    this.noteReferences = noteReferences;
    this.gaps = gaps;
  }

  static List<Node> build(
      String body,
      Set<Integer> ignored,
      Set<Integer> continuedAcross,
      boolean noteReferences,
      Set<Integer> gaps) {
    UnitTree t = new UnitTree(body, ignored, continuedAcross, noteReferences, gaps);
    t.scan();
    return t.roots;
  }

  private void scan() {
    int n = body.length();
    for (int pos = 0; pos < n; pos++) {
      if (!gaps.isEmpty() && gaps.contains(pos) && Paragraphs.isStart(body, pos)) {
        // the page left text out before this paragraph: the speech goes on from a later point,
        // under a part the reader was not shown. Lists before the gap are suspended as under a
        // heading without a marker; a marker after it that carries one on reopens it.
        if (!open.isEmpty()) suspensions.add(new Suspension(pos, new ArrayList<>(open)));
        open.clear();
        gapParagraph = pos;
      }
      if (Paragraphs.isStart(body, pos)
          && !open.isEmpty()
          && !ignored.contains(pos)
          && SpeechParser.isUnmarkedHeading(body, pos)) {
        // "2026年重点工作": a heading without a marker starts a new part. New lists start at the
        // top under it; a marker that continues a list from before the heading reopens that list.
        suspensions.add(new Suspension(pos, new ArrayList<>(open)));
        open.clear();
      }
      // most characters cannot start a marker: test that before looking behind them
      if (!Markers.mayStartMarker(body.charAt(pos))) continue;
      boolean sentenceStart = isMarkerPosition(pos) || gluedFirstItem(pos);
      if (!sentenceStart && !afterComma(pos)) continue;
      Markers.Found m = Markers.at(body, pos);
      if (m == null) m = commaFirstItem(pos);
      if (m == null) continue;
      // "这是因为，第一，…" and "为了…，一要…": these two styles also enumerate after a comma
      if (!sentenceStart && m.style() != MarkerStyle.CN_DI && m.style() != MarkerStyle.CN_SHI) {
        continue;
      }
      if (noteReferences && m.style() == MarkerStyle.CIRCLED && !Paragraphs.isStart(body, pos)) {
        continue;
      }
      if (place(m, pos)) pos = m.end() - 1;
    }
  }

  /**
   * "1,各年级各班要…" at a paragraph's start, the next paragraph "2. 过马路时…": a first item whose 、 or .
   * the page turned into a comma. Anywhere else "1," is a number.
   */
  private Markers.Found commaFirstItem(int pos) {
    if (body.charAt(pos) != '1'
        || !Paragraphs.isStart(body, pos)
        || pos + 2 >= body.length()
        || !CharNormalizer.isComma(body.charAt(pos + 1))
        || !CharNormalizer.isCjk(body.charAt(pos + 2))) {
      return null;
    }
    int next = Paragraphs.after(body, pos, 1);
    if (next >= body.length()) return null;
    Markers.Found f = Markers.at(body, next);
    return f != null && f.style() == MarkerStyle.AR_DUN && f.ordinal() == 2
        ? new Markers.Found(MarkerStyle.AR_DUN, 1, body.substring(pos, pos + 2), pos + 2)
        : null;
  }

  /** Puts the unit of a marker into the tree; false when the marker is text. */
  private boolean place(Markers.Found m, int pos) {
    // a meeting's business is text, also where a list of the same style came before it ("基于以下几点考虑:
    // 一是…三是…", then "会议共有三项议程:一是由我传达…")
    boolean firstOfStyle = seenStyles.add(m.style());
    if (m.ordinal() == 1 && Agendas.startsOne(body, pos, m.end())) {
      agendaStyle = m.style();
      agendaNext = 2;
      return false;
    }
    // the agenda's next items are its own, not the next of an earlier list
    if (m.style() == agendaStyle && m.ordinal() == agendaNext) {
      agendaNext++;
      return false;
    }
    if (m.style() == agendaStyle) agendaStyle = null;
    int depth = depthOf(open, m.style());
    if (depth < 0) depth = reopenSuspended(m);
    if (depth >= 0) {
      Node previous = open.get(depth);
      int announced; // where a sentence announcing a second list begins (set only where it is read)
      if (m.ordinal() == previous.ordinal + 1) {
        truncate(depth);
      } else if (m.ordinal() == 1 && depth == open.size() - 1 && restartsInItem(m, previous, pos)) {
        // "二是热烈祝贺。…概括起来，有“三个多”：一是人数多…；二是亮点多…": the item's own list, run in after a
        // colon in its paragraph, its 二是 in that paragraph too
        depth = -1;
      } else if (m.ordinal() == 1
          && m.style() != MarkerStyle.CN_DUN
          && Paragraphs.startOf(body, pos) == Paragraphs.startOf(body, previous.start)
          && (announced = announcement(previous, pos)) >= 0) {
        // "…主要有三层意思：一是…三是…。…借此机会，我也提三点希望，…。一是把握形势…": a second list beside the
        // first in one paragraph, after the sentence that announces it
        truncate(depth);
        openGroup(announced);
      } else if (m.ordinal() == 1
          && m.style() != MarkerStyle.CN_DUN
          && Paragraphs.startOf(body, pos) > previous.start) {
        // the style starts again in a later paragraph. Not 一、: the outermost style of official
        // writing numbers the parts of the whole speech, and reading a stray 一、 as a new list
        // would renumber every part after it.
        int deepest = open.size() - 1;
        if (deepest > depth
            && Lists.end(body, siblingsOf(deepest), pos) > Paragraphs.startOf(body, pos)) {
          // inside a measure that goes on ("第四，多渠道增资减债。…一是…"): a list of its own
          depth = -1;
        } else {
          // a second list beside the first
          int gap =
              Math.min(Lists.end(body, siblingsOf(depth), pos), Paragraphs.startOf(body, pos));
          truncate(depth);
          if (hasText(gap, pos)) openGroup(gap);
        }
      } else if (m.ordinal() == 1
          && m.style() == MarkerStyle.CN_DUN
          && (Paragraphs.isStart(body, pos) && isInline(depth) || shortListEnded(depth, pos))) {
        // the 一、 list before ran inside one paragraph ("报告分六个部分：一、…二、…") or was one of
        // short measures that has ended: a new list starts beside it. Where an inline list named
        // the same parts as this one, it was their preview and is text.
        List<Node> list = siblingsOf(depth);
        int gap = Math.min(Lists.end(body, list, pos), lineStart(pos));
        boolean preview =
            isInline(depth)
                && headKey(list.get(0).start + list.get(0).marker.length())
                    .equals(headKey(m.end()));
        if (preview) list.clear(); // an inline list: every member is in that one paragraph
        truncate(depth);
        if (!preview && hasText(gap, pos)) openGroup(gap);
      } else if (m.ordinal() == 1
          && m.style() == MarkerStyle.CN_DUN
          && restartsInside(previous, m, pos)) {
        // 一、 again inside 二、 or later, its own 二、 coming before the outer list's next part
        // ("二、…的基本任务" with "一、确定适度的经济增长率" and "二、…" under it): a list of that part, under
        // the deepest unit of it that goes on ("第一，基本建设规模的大小问题" and its discussion); the
        // lists inside the part that have ended are closed
        closeEndedLists(pos, depth + 1);
        Node node = new Node(m, pos);
        attach(node);
        open.add(node);
        return true;
      } else {
        // the next number of an outer list of the same style that a nested one had left open
        int outer = outerExpecting(depth, m);
        if (outer < 0) return false;
        truncate(outer);
        depth = outer;
      }
    }
    if (depth < 0) {
      // right after a gap a list may be met past its first member ("…省略938字…… 二是开足开齐…")
      boolean pastTheGap =
          gapParagraph >= 0 && open.isEmpty() && Paragraphs.startOf(body, pos) == gapParagraph;
      if (m.ordinal() != 1 && !pastTheGap && !(firstOfStyle && startsPastFirst(m, pos))
          || open.size() >= MAX_DEPTH
          || Agendas.startsOne(body, pos, m.end())) {
        return false;
      }
      // 一、 never sits under (一), 1、, (1) or ①, nor (一) under the last three: those lists
      // were inside the text before it (a preamble's "(一)…；(二)…")
      while (!open.isEmpty()
          && (conventionallyAbove(m.style(), last().style)
              || (m.style() == MarkerStyle.CN_DUN || MarkerStyle.isLongForm(m.text()))
                  && open.size() == 1
                  && last().style == MarkerStyle.CN_SHI)) {
        // nor does a 一、 (or a spoken part, 第一方面：) sit under an item of the opening's 一是 list
        // ("…：一是认清形势，二是…，三是强化责任。", then "一、形势严峻…")
        open.remove(open.size() - 1);
      }
      closeEndedLists(pos);
    }
    Node node = new Node(m, pos);
    attach(node);
    open.add(node);
    return true;
  }

  /**
   * A new list after the open list's last measure has ended, past text of neither (a paragraph, or
   * the lead-in at the start of the new list's paragraph), closes that measure and the lists around
   * it that have ended too; the text in between goes to a group under the section that stays open.
   */
  private void closeEndedLists(int pos) {
    closeEndedLists(pos, 0);
  }

  /** As {@link #closeEndedLists(int)}, closing no unit above depth {@code floor}. */
  private void closeEndedLists(int pos, int floor) {
    int lineStart = Paragraphs.startOf(body, pos);
    int gap = -1;
    while (open.size() > floor && last().style != null) {
      int end = Lists.end(body, siblingsOf(open.size() - 1), pos);
      boolean nothingBetween = !hasText(end, pos);
      // a list right at the start of the paragraph after the measure is the measure's own, unless
      // the
      // measure is the last of a 一是 run inside one sentence ("为什么要建:一是…,二是…,三是…。"), which holds
      // no paragraphs
      if (end > lineStart || nothingBetween && !inOneSentence(open.size() - 1)) break;
      // a part (一、, 第一，) whose next part begins a later paragraph goes on until then
      if ((last().style == MarkerStyle.CN_DUN || last().style == MarkerStyle.CN_DI)
          && partFollows(last(), pos)) {
        break;
      }
      // a spoken part (第一个问题，on its own line) is a part of the talk, never a run-in measure:
      // the list after its lead-in is its own even where the page ends before the next part
      // so is a 第一， whose heading is a line of its own ("第一，为什么要开这个调度会"), and a part of the
      // speech itself (一、 at the top) whose heading is ("四、几点希望", its lead-in, "一是…" on a cut page)
      if ((last().style == MarkerStyle.CN_DI
              || last().style == MarkerStyle.CN_DUN && open.size() == 1)
          && (MarkerStyle.isLongForm(last().marker)
              || headingLine(last().start + last().marker.length()))) {
        break;
      }
      open.remove(open.size() - 1);
      if (!nothingBetween) gap = end;
    }
    if (open.isEmpty() && gap < 0 && headingSinceLastRoot()) {
      // a heading without a marker closed the lists ("2026年重点工作"): the last top-level list
      // may have ended before it, and what lies between is the new list's lead-in
      int end = Lists.end(body, roots, pos);
      if (end <= lineStart && hasText(end, pos)) gap = end;
    }
    if (gap >= 0) openGroup(gap);
  }

  private boolean headingSinceLastRoot() {
    return !roots.isEmpty()
        && !suspensions.isEmpty()
        && suspensions.get(suspensions.size() - 1).at() > roots.get(roots.size() - 1).start;
  }

  private boolean hasText(int from, int to) {
    for (int i = from; i < to; i++) if (!Character.isWhitespace(body.charAt(i))) return true;
    return false;
  }

  private void openGroup(int start) {
    // a lead-in that would begin before a unit already placed (a run-in 第一， in the paragraph that
    // also holds the new list) stays the text of that unit: units are in text order
    if (start <= lastStart) return;
    Node group = Node.group(start);
    attach(group);
    open.add(group);
  }

  /** A marker that continues a list an unmarked heading closed reopens it. */
  private int reopenSuspended(Markers.Found m) {
    for (int k = suspensions.size() - 1; k >= 0; k--) {
      List<Node> frames = suspensions.get(k).frames();
      int was = depthOf(frames, m.style());
      if (was < 0 || m.ordinal() != frames.get(was).ordinal + 1) continue;
      // the list goes on: every heading since it was closed sat inside it
      for (Suspension later : suspensions.subList(k, suspensions.size()))
        continuedAcross.add(later.at());
      int depth = -1;
      if (open.isEmpty() && k == suspensions.size() - 1) {
        open.addAll(frames.subList(0, was + 1));
        depth = was;
      }
      suspensions.subList(k, suspensions.size()).clear();
      return depth;
    }
    return -1;
  }

  /**
   * Whether a 一、 at the start of a paragraph begins a list inside the open part {@code previous}
   * (二、 or later): the paragraphs after it bring this list's 二、 before the outer list's next
   * number. Under 一、 the two would be the same 二、, so a first part is never split this way.
   */
  private boolean restartsInside(Node previous, Markers.Found m, int pos) {
    // "一、2023年工作回顾" … "一年来，我们主要做了以下工作：", then 一、 again: the review's own list
    if (previous.ordinal == 1)
      return Paragraphs.isStart(body, pos) && afterListLeadIn(previous, pos);
    if (previous.ordinal < 2) return false;
    if (!Paragraphs.isStart(body, pos)) {
      // run in ("从以下几个方面进行：一、…；二、…"): its 二、 is in the same paragraph
      int end = Paragraphs.after(body, pos, 1);
      for (int i = body.indexOf("二、", pos); i >= 0 && i < end; i = body.indexOf("二、", i + 1)) {
        if (isMarkerPosition(i)) return true;
      }
      return false;
    }
    return parts().secondBefore(previous.ordinal + 1, pos);
  }

  /** A paragraph that announces a list: "我们主要做了以下工作：", "重点抓了以下几个方面：". */
  private static final Pattern LIST_LEAD_IN =
      Pattern.compile("(?:以下|如下|下列|这样几|几个方面|几项)[^。；;！？!?]{0,12}[:：]\\s*$");

  /**
   * Whether the paragraph just before {@code pos}, after {@code previous}'s own heading paragraph,
   * is a lead-in that ends on a colon announcing a list.
   */
  private boolean afterListLeadIn(Node previous, int pos) {
    int end = pos;
    while (end > 0 && Character.isWhitespace(body.charAt(end - 1))) end--;
    int start = Math.max(Paragraphs.startOf(body, Math.max(0, end - 1)), previous.start + 1);
    if (start >= end
        || Paragraphs.startOf(body, previous.start) == Paragraphs.startOf(body, end - 1)) {
      return false;
    }
    return LIST_LEAD_IN.matcher(body).region(start, end).find();
  }

  /** The most paragraphs looked ahead for a list's next number. */
  private static final int LOOK_AHEAD = 30;

  /**
   * Whether a list met past its first member, the first marker of its style in the body, starts
   * there: a page that begins or goes on at a later part ("三、迅速做好三项工作" opening a document's second
   * page, "2、新农村建设呈现新亮点" after the page's cut). Only a part's marker at the start of a paragraph,
   * whose heading is a line of its own or whose next number begins a later paragraph, is taken so:
   * a number in running text or a lone figure is not.
   */
  private boolean startsPastFirst(Markers.Found m, int pos) {
    MarkerStyle style = m.style();
    if (style == MarkerStyle.CN_SHI) return shiPastFirst(m, pos);
    if (style != MarkerStyle.CN_DUN && style != MarkerStyle.CN_PAREN && style != MarkerStyle.AR_DUN
        || m.ordinal() < 2
        || m.ordinal() > 10
        || !Paragraphs.isStart(body, pos)) {
      return false;
    }
    return headingLine(m.end())
        || nextParagraphNumbers(style, m.ordinal() + 1, pos)
        // after a gap the page left, a part whose heading is a short sentence of its own
        // ("…省略441字…",
        // a paragraph, then "三、务必坚持长久的主人翁意识。…")
        || style == MarkerStyle.CN_DUN
            && gapParagraph >= 0
            && pos > gapParagraph
            && headingSentence(m.end());
  }

  /** The longest heading sentence a part met after a gap may have. */
  private static final int HEADING_SENTENCE = 30;

  /** Whether the text from {@code from} opens with a sentence of 4 to 30 characters ending in 。. */
  private boolean headingSentence(int from) {
    int end = Math.min(body.length(), from + HEADING_SENTENCE + 1);
    for (int i = from; i < end; i++) {
      char c = body.charAt(i);
      if (c == '\n' || CharNormalizer.isComma(c) || c == '、') return false;
      if (c == '。') return i - from >= 4;
    }
    return false;
  }

  /** How far a 二是 met past its first member looks for its 三是. */
  private static final int SHI_LOOK_AHEAD = 1500;

  /**
   * A 二是 whose 一是 the page lost ("…投放在几个关键性的举措上。 二是聚全力抓好项目建设。… 三是大力度推进园区建设"): taken only where it
   * begins a paragraph (or the space that stands for one) and its next number follows at the next
   * such place.
   */
  private boolean shiPastFirst(Markers.Found m, int pos) {
    if (m.ordinal() < 2 || m.ordinal() > 10) return false;
    if (!Paragraphs.isStart(body, pos) && body.charAt(pos - 1) != ' ') return false;
    int end = Math.min(body.length(), pos + SHI_LOOK_AHEAD);
    for (int i = m.end(); i < end; i++) {
      if (!Paragraphs.isStart(body, i) && body.charAt(i - 1) != ' ') continue;
      Markers.Found f = Markers.at(body, i);
      if (f != null && f.style() == MarkerStyle.CN_SHI) return f.ordinal() == m.ordinal() + 1;
    }
    return false;
  }

  /**
   * Whether the text from {@code from} to the end of its line is a heading of its own ({@link
   * Markers#headingLineEnd}) of two characters or more, with more text after the line.
   */
  private boolean headingLine(int from) {
    int end = Markers.headingLineEnd(body, from);
    return end >= from + 2 && end < body.length();
  }

  /**
   * Whether the next paragraph after {@code pos} that begins with a marker of {@code style}, within
   * {@link #LOOK_AHEAD} paragraphs, carries the number {@code next}.
   */
  private boolean nextParagraphNumbers(MarkerStyle style, int next, int pos) {
    int p = Paragraphs.after(body, pos, 1);
    for (int k = 0; k < LOOK_AHEAD && p < body.length(); k++, p = Paragraphs.after(body, p, 1)) {
      Markers.Found f = Markers.at(body, p);
      if (f != null && f.style() == style) return f.ordinal() == next;
    }
    return false;
  }

  /**
   * Whether a first 一是 or 第一 begins a list inside the open item {@code previous}: run in after a
   * colon in the item's own paragraph, with its second member at a sentence's start in that
   * paragraph.
   */
  private boolean restartsInItem(Markers.Found m, Node previous, int pos) {
    if (m.style() != MarkerStyle.CN_SHI && m.style() != MarkerStyle.CN_DI
        || pos <= previous.start
        || !CharNormalizer.isColon(body.charAt(pos - 1))
        || Paragraphs.startOf(body, pos) != Paragraphs.startOf(body, previous.start)) {
      return false;
    }
    if (m.style() == MarkerStyle.CN_DI) {
      return secondInParagraph(m.end(), i -> body.startsWith("第二", i));
    }
    char verb = body.charAt(pos + 1);
    return secondInParagraph(
        m.end(), i -> body.charAt(i) == '二' && i + 1 < body.length() && body.charAt(i + 1) == verb);
  }

  /** A sentence that announces a list of points: 我也提三点希望, 讲几点意见, 强调两个方面. */
  private static final Pattern ANNOUNCES =
      Pattern.compile("(?:提|讲|谈|强调|说|提出)[^。；;！？!?，,]{0,4}?[两二三四五六七八九十几]{1,2}(?:点|个方面|层意思|条|句话)");

  /**
   * Where the sentence begins that announces a new list between the open item {@code previous} and
   * {@code pos}, in the same paragraph and after the item's own sentence; -1 when none does.
   */
  private int announcement(Node previous, int pos) {
    Matcher a = ANNOUNCES.matcher(body).region(previous.start + previous.marker.length(), pos);
    int found = -1;
    while (a.find()) found = a.start();
    if (found < 0) return -1;
    int start = found;
    while (start > previous.start && !CharNormalizer.isSentenceEnd(body.charAt(start - 1))) start--;
    return start > previous.start ? start : -1;
  }

  /** Whether {@code part} (一、 or 第一，) goes on to its next number in a later paragraph. */
  private boolean partFollows(Node part, int pos) {
    return parts().nextIs(part.style, part.ordinal + 1, pos);
  }

  private PartMarkers parts() {
    if (parts == null) parts = new PartMarkers(body);
    return parts;
  }

  private int lineStart(int pos) {
    return Paragraphs.startOf(body, pos);
  }

  /** Whether the list of the open unit at {@code depth} is one of short measures that has ended. */
  private boolean shortListEnded(int depth, int pos) {
    List<Node> list = siblingsOf(depth);
    return Lists.shortSpan(body, list) > 0 && Lists.end(body, list, pos) <= lineStart(pos);
  }

  /**
   * Whether the list of the open unit at {@code depth} has several members, all in one paragraph.
   */
  /** Whether the open 一是 list at {@code depth} runs inside one sentence of one paragraph. */
  private boolean inOneSentence(int depth) {
    Node last = open.get(depth);
    if (last.style != MarkerStyle.CN_SHI || !isInline(depth)) return false;
    int first = siblingsOf(depth).get(0).start;
    for (int i = first; i < last.start; i++) {
      if (CharNormalizer.isSentenceEnd(body.charAt(i))) return false;
    }
    return true;
  }

  private boolean isInline(int depth) {
    List<Node> list = siblingsOf(depth);
    int first = list.get(0).start;
    return list.size() > 1
        && Paragraphs.startOf(body, first) == Paragraphs.startOf(body, open.get(depth).start);
  }

  /** The first six Chinese characters from {@code from} on, within the paragraph. */
  private String headKey(int from) {
    StringBuilder key = new StringBuilder();
    for (int i = from; i < body.length() && body.charAt(i) != '\n' && key.length() < 6; i++) {
      if (CharNormalizer.isCjk(body.charAt(i))) key.append(body.charAt(i));
    }
    return key.toString();
  }

  /** The deepest open unit above {@code depth}, of the marker's style, that it numbers on from. */
  private int outerExpecting(int depth, Markers.Found m) {
    for (int i = depth - 1; i >= 0; i--) {
      Node n = open.get(i);
      if (n.style == m.style() && m.ordinal() == n.ordinal + 1) return i;
    }
    return -1;
  }

  /** The list that the open unit at {@code depth} belongs to (its last member is that unit). */
  private List<Node> siblingsOf(int depth) {
    return depth == 0 ? roots : open.get(depth - 1).children;
  }

  private Node last() {
    return open.get(open.size() - 1);
  }

  /** In the usual order of Chinese official writing ({@link MarkerStyle#rank}). */
  private static boolean conventionallyAbove(MarkerStyle a, MarkerStyle b) {
    if (b == null) return false;
    return (a == MarkerStyle.CN_DUN || a == MarkerStyle.CN_PAREN) && b.rank() > a.rank();
  }

  private void attach(Node node) {
    lastStart = Math.max(lastStart, node.start);
    if (open.isEmpty()) roots.add(node);
    else last().children.add(node);
  }

  private void truncate(int depth) {
    while (open.size() > depth) open.remove(open.size() - 1);
  }

  /** The depth of the deepest open unit of a style (a style can be open twice, nested), or -1. */
  private static int depthOf(List<Node> open, MarkerStyle style) {
    for (int i = open.size() - 1; i >= 0; i--) if (open.get(i).style == style) return i;
    return -1;
  }

  /**
   * A 一是 (一要) that the page glued to the heading before it ("…的责任感和使命感一是特殊的季节…"): taken as a marker
   * only where the same paragraph goes on to a 二是 (二要) at the start of a sentence, which no word
   * that merely contains 一是 (统一是, 唯一是) is followed by.
   */
  private boolean gluedFirstItem(int pos) {
    // a (一) glued the same way ("…努力提高教育质量(一)办学水平大幅提高。"), where a (二) follows
    if (parenthesized(pos, '一')) {
      return afterRunInHeading(pos, MarkerStyle.CN_DUN) && !inBookTitle(pos)
          || secondInParagraph(pos + 3, i -> parenthesized(i, '二'));
    }
    // "一、…的重要意义第一,推进…是…重要任务": 第一, glued to the heading of the part just opened
    if (body.startsWith("第一", pos)
        && pos + 2 < body.length()
        && "，,".indexOf(body.charAt(pos + 2)) >= 0) {
      return afterRunInHeading(pos, MarkerStyle.CN_DUN) && endsSentenceInLine(pos);
    }
    if (body.charAt(pos) != '一' || pos + 2 >= body.length()) return false;
    char verb = body.charAt(pos + 1);
    if (verb != '是' && verb != '要') return false;
    // not the 一 of a word (第一要务, 统一要求, 唯一是)
    boolean word = pos > 0 && ONE_IN_A_WORD.indexOf(body.charAt(pos - 1)) >= 0;
    // a heading on a line of its own is one heading ("(一)坚持每周一要召开调度会", "一、刚刚升入高一要…"): a
    // first item glued to it goes on to a sentence's end
    return !word
            && (afterRunInHeading(pos, MarkerStyle.CN_DUN)
                || afterRunInHeading(pos, MarkerStyle.CN_PAREN))
            && endsSentenceInLine(pos)
        || secondInParagraph(
            pos + 2,
            i -> body.charAt(i) == '二' && i + 1 < body.length() && body.charAt(i + 1) == verb);
  }

  /** Characters that make a word with the 一 after them: 第一, 统一, 同一, 唯一, 万一, 划一, 之一, 不一, 如一, 周一 … */
  private static final String ONE_IN_A_WORD = "第统同唯惟万专单划逐合归每任均之不如周初";

  /** Whether a sentence ends between {@code pos} and the end of its line. */
  private boolean endsSentenceInLine(int pos) {
    for (int i = pos; i < body.length() && body.charAt(i) != '\n'; i++) {
      if (CharNormalizer.isSentenceEnd(body.charAt(i))) return true;
    }
    return false;
  }

  /**
   * Whether {@code pos} is inside a 《book title》 opened since the heading before it:
   * "一、学习《…若干措施(一)》" names a document's part, not the heading's first item.
   */
  private boolean inBookTitle(int pos) {
    int depth = 0;
    for (int i = last().start; i < pos; i++) {
      if (body.charAt(i) == '《') depth++;
      else if (body.charAt(i) == '》' && depth > 0) depth--;
    }
    return depth > 0;
  }

  /** The longest heading a first item may be glued to. */
  private static final int RUN_IN_HEADING = 40;

  /**
   * Whether a first item directly follows the heading of the part just opened, with no full stop or
   * colon in between ("二、认清当前面临的严峻形势一是各类事故…", "一、提高认识,统一思想, …的重要意义(一)加快…"): the item is the part's
   * first, though the excerpt may end before its second.
   */
  private boolean afterRunInHeading(int pos, MarkerStyle part) {
    if (open.isEmpty() || last().style != part) return false;
    int from = last().start + last().marker.length();
    if (pos - from < 4 || pos - from > RUN_IN_HEADING) return false;
    for (int i = from; i < pos; i++) {
      char c = body.charAt(i);
      if (CharNormalizer.isSentenceEnd(c) || CharNormalizer.isColon(c) || c == '\n') {
        return false;
      }
    }
    return true;
  }

  /** "(一)" or "（一）" with the given numeral at {@code i}. */
  private boolean parenthesized(int i, char numeral) {
    return i + 2 < body.length()
        && (body.charAt(i) == '(' || body.charAt(i) == '（')
        && body.charAt(i + 1) == numeral
        && (body.charAt(i + 2) == ')' || body.charAt(i + 2) == '）');
  }

  /**
   * Whether the paragraph goes on from {@code from} to a second item at the start of a sentence:
   * within the paragraph only, as a search of the whole body for every first item would be
   * quadratic.
   */
  private boolean secondInParagraph(int from, IntPredicate second) {
    int end = body.indexOf('\n', from);
    if (end < 0) end = body.length();
    for (int i = from; i < end; i++) if (second.test(i) && isMarkerPosition(i)) return true;
    return false;
  }

  /** Paragraph start, or the start of a sentence: after 。；！？： and an optional closing quote. */
  private boolean isMarkerPosition(int pos) {
    if (Paragraphs.isStart(body, pos)) return true;
    // space repair keeps a space only where a paragraph ended in front of an enumerator
    if (body.charAt(pos - 1) == ' ') return true;
    int p = pos - 1;
    char c = body.charAt(p);
    if (c == '”' || c == '"' || c == '’') {
      if (p == 0) return false;
      c = body.charAt(p - 1);
    }
    return CharNormalizer.isSentenceEnd(c) || CharNormalizer.isColon(c);
  }

  private boolean afterComma(int pos) {
    return pos > 0 && CharNormalizer.isComma(body.charAt(pos - 1));
  }
}
