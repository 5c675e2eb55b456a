package speechsearch.ingest.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import speechsearch.ingest.text.CharNormalizer;
import speechsearch.ingest.text.Markers;

/**
 * Where the head of a cleaned text ends and its body begins: the lines above the body (title,
 * subtitle, date, speaker), a title that a page ran into the first line of the body, previews of
 * the body near the top, and the title repeated inside the body. The body begins at the first line
 * that reads as running text ({@link #isSentenceLine}), a salutation or a marker line.
 */
final class HeadLines {
  /** How many lines from the top may hold the title, site sentences and previews. */
  static final int HEAD_LINES = 12;

  private static final Pattern PREVIEW_LABEL = Pattern.compile("^(摘要|内容简介|内容预览|导读|簡介|摘要:|摘要：)");
  private static final Pattern PREVIEW_END = Pattern.compile("(\\.{2,}|…+|。)$");

  private HeadLines() {}

  /** A line that reads as running text of the body rather than a label, title or link. */
  static boolean isSentenceLine(String line) {
    return (line.length() >= 40 && CharNormalizer.hasSentencePunct(line))
        || TitleRun.startsWithSalutation(line);
  }

  /**
   * A title run into the first text line ("…会议上的讲话同志们:…") becomes head lines of its own. Only the
   * first sentence line is looked at; without a salutation to split at, only when no line above it
   * reads as a title. Returns the index of the body's first line after a split, else -1.
   */
  static int splitTitleRun(List<String> lines) {
    boolean titleSeen = false;
    for (int i = 0; i < lines.size() && i < HEAD_LINES; i++) {
      String l = lines.get(i);
      boolean titleShaped = TitleText.isTitleShaped(l);
      if (titleShaped || !isSentenceLine(l) && !TitleRun.hasSalutation(l)) {
        if (titleShaped
            || TitleText.SPEECH_WORDS.matcher(l).find() && !CharNormalizer.hasSentencePunct(l)) {
          titleSeen = true;
        }
        continue;
      }
      TitleRun.Split split = TitleRun.split(l, titleSeen);
      if (split == null || split.body().isEmpty()) return -1;
      lines.remove(i);
      lines.addAll(i, split.head());
      lines.add(i + split.head().size(), split.body());
      return i + split.head().size();
    }
    return -1;
  }

  /** A body's term after its name on the line above: "中国人民政治协商会议" / "第七届…委员会常务委员会工作报告". */
  private static final Pattern TERM = Pattern.compile("第[一二三四五六七八九十\\d]{1,3}届");

  /**
   * A line that names only the kind of talk a theme line above it was ("学习…重要指示精神" / "交流发言"): the
   * second half of a title, never a site's category (those say 讲话 or 发言 bare).
   */
  private static final Pattern KIND_OF_TALK =
      Pattern.compile("(?:交流|心得|表态|汇报|研讨|座谈|典型)(?:发言|發言)(?:稿|材料|提纲|提綱)?");

  /** How a title's second half cannot begin: with the start of a name of its own. */
  private static final Pattern NAME_START = Pattern.compile("^(在|关于|關於|于|於|致|——|--)");

  /**
   * A title that a page or a PDF broke over two lines ("在全县…工作动员大" / "会上的讲话"; "在2023年全市就业工作领导小组" /
   * "调度会上的讲话") becomes one line again: near the top, two lines without punctuation of which the
   * first begins a name ("在…", "关于…", "县长在…") without being a title and the second is a short end
   * of one that starts no name of its own (a site's name above a title stays apart).
   */
  static List<String> joinBrokenTitle(List<String> lines) {
    for (int i = 0; i + 1 < lines.size() && i + 1 < HEAD_LINES; i++) {
      String a = lines.get(i);
      String b = lines.get(i + 1);
      if (a.length() < 6
          || a.length() > 40
          || b.length() > 20
          || TitleText.isSentence(a, false)
          || TitleText.isSentence(b, false)
          || Markers.startsWithMarker(a)
          || Markers.startsWithMarker(b)
          || !NAME_START.matcher(a).find()
              && a.indexOf('在') < 0
              && !TERM.matcher(b).lookingAt()
              && !KIND_OF_TALK.matcher(b).matches()
          || NAME_START.matcher(b).find()
          || b.indexOf('在') >= 0
          || TitleRun.hasSalutation(b)
          || TitleText.isTitleShaped(a)
          || !TitleText.isTitleShaped(a + b)) {
        continue;
      }
      List<String> out = new ArrayList<>(lines);
      out.set(i, a + b);
      out.remove(i + 1);
      return out;
    }
    return lines;
  }

  /**
   * Lines near the top that only preview what follows: a summary or an excerpt row that the text
   * after it repeats from its first character ("摘要 …最热烈的...", then the speech in full).
   */
  static List<String> dropPreviews(List<String> lines, List<String> removed) {
    List<String> out = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      if (i < HEAD_LINES && l.length() >= 15 && i + 1 < lines.size()) {
        String key =
            PREVIEW_END
                .matcher(PREVIEW_LABEL.matcher(squeeze(l)).replaceFirst(""))
                .replaceFirst("");
        if (key.length() >= 12 && followingStartsWith(lines, i + 1, key)) {
          removed.add("preview: " + l);
          // a title the next line repeats with the text run on ("…的讲话", then "…的讲话目前,夏收工作…"):
          // the repeat is split where the name ends, so the name stays a head line of its own
          int at = i + 1 < lines.size() ? endOfSqueezed(lines.get(i + 1), key) : -1;
          if (TitleText.isTitleShaped(l) && at > 0 && at < lines.get(i + 1).length()) {
            String next = lines.get(i + 1);
            String rest = next.substring(at).strip();
            // …unless the rest opens with a name of its own (a compilation's first speech run into
            // its text)
            if (!rest.isEmpty()
                && CharNormalizer.isCjk(rest.charAt(0))
                && TitleRun.split(rest, false) == null
                // a salutation run on is split later, where a preview of the whole line is still
                // seen
                && !TitleRun.hasSalutation(rest)) {
              out.add(next.substring(0, at).strip());
              lines = new ArrayList<>(lines);
              lines.set(i + 1, rest);
            }
          }
          continue;
        }
      }
      out.add(l);
    }
    return out;
  }

  private static boolean followingStartsWith(List<String> lines, int from, String key) {
    StringBuilder sb = new StringBuilder(key.length() + 80);
    for (int k = from; k < lines.size() && sb.length() < key.length(); k++) {
      sb.append(squeeze(lines.get(k)));
    }
    return sb.length() >= key.length() && sb.substring(0, key.length()).equals(key);
  }

  /**
   * Where in {@code line} the squeezed {@code key} it starts with ends; -1 when it does not start
   * so.
   */
  private static int endOfSqueezed(String line, String key) {
    int k = 0;
    int i = 0;
    for (; i < line.length() && k < key.length(); i++) {
      char c = line.charAt(i);
      if (Character.isWhitespace(c)) continue;
      if (c != key.charAt(k)) return -1;
      k++;
    }
    return k == key.length() ? i : -1;
  }

  private static String squeeze(String s) {
    return s.replaceAll("\\s+", "");
  }

  /**
   * The body begins at the first salutation, marker line or sentence line; a sentence in the first
   * lines with a title line below it (a site's banner, an injected advert) is above the speech.
   */
  static int bodyStart(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      if (i < 3 && !TitleRun.startsWithSalutation(l) && titleBelow(lines, i)) continue;
      if (isSentenceLine(l) || Markers.startsWithMarker(l)) {
        // the subtitle "——2015年3月5日在…会议上" and the speaker line are head lines even when long,
        // and so is a long title with commas above the body
        if (l.startsWith("——") || l.startsWith("--")) continue;
        if (i < HEAD_LINES && !Markers.startsWithMarker(l) && TitleText.isTitleShaped(l)) continue;
        return i;
      }
    }
    return lines.isEmpty() ? 0 : Math.min(lines.size(), firstLongLine(lines));
  }

  /** Whether a title line follows line {@code i} within a few lines, before any salutation. */
  private static boolean titleBelow(List<String> lines, int i) {
    for (int j = i + 1; j < Math.min(lines.size(), i + 6); j++) {
      String l = lines.get(j);
      if (TitleRun.startsWithSalutation(l) || Markers.startsWithMarker(l)) return false;
      if (l.length() <= 60 && !isSentenceLine(l) && TitleText.isTitleShaped(l)) return true;
    }
    return false;
  }

  private static int firstLongLine(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) if (lines.get(i).length() >= 40) return i;
    return Math.min(1, lines.size());
  }

  /**
   * Scraped pages repeat the title inside the body (after 同志们, or at the start of a page chunk). A
   * body line equal to a head line or to the name a viewer's page captions gave ("标题_第1页", dropped
   * as chrome), or starting with one, loses that copy.
   */
  static void removeRepeated(
      List<String> head,
      String caption,
      List<String> body,
      List<String> removed,
      CleaningLoss loss) {
    List<String> names = new ArrayList<>(head);
    if (caption != null) names.add(caption);
    for (int i = 0; i < body.size(); i++) {
      String b = body.get(i);
      for (String h : names) {
        if (h.length() < 6 || Markers.startsWithMarker(h)) continue;
        if (b.equals(h)) {
          removed.add("title again: " + h);
          loss.drop("repeated-title", body.remove(i--));
          break;
        }
        if (b.startsWith(h) && b.length() > h.length()) {
          removed.add("title again: " + h);
          loss.drop("repeated-title", h);
          body.set(i, b.substring(h.length()).strip());
          break;
        }
      }
    }
  }
}
