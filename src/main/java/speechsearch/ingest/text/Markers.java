package speechsearch.ingest.text;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises an enumerator at a position of normalised text and reads its ordinal. The styles and
 * their written forms are data ({@link MarkerStyle}); this class joins every form into one regular
 * expression, so a position is tested once, and maps the group that matched back to its style.
 */
public final class Markers {
  /**
   * Group {@code i + 1} of {@link #MARKER} is the number of a form of {@code STYLE_OF_GROUP[i]}.
   */
  private static final MarkerStyle[] STYLE_OF_GROUP;

  private static final Pattern MARKER;

  static {
    List<MarkerStyle> styles = new ArrayList<>();
    StringJoiner alternatives = new StringJoiner("|");
    for (MarkerStyle style : MarkerStyle.values()) {
      for (String form : style.forms()) {
        if (Pattern.compile(form).matcher("").groupCount() != 1) {
          throw new IllegalStateException(style + ": a form must have one group, the number");
        }
        alternatives.add(form);
        styles.add(style);
      }
    }
    MARKER = Pattern.compile(alternatives.toString());
    STYLE_OF_GROUP = styles.toArray(MarkerStyle[]::new);
  }

  /** A marker found at a position: its style, ordinal, and the end of the marker text. */
  public record Found(MarkerStyle style, int ordinal, String text, int end) {}

  private Markers() {}

  /** Whether a line begins with something that reads as an enumerator. */
  public static boolean startsWithMarker(String line) {
    return at(line, 0) != null;
  }

  /** The marker at {@code pos} of {@code s}, or null. */
  public static Found at(CharSequence s, int pos) {
    if (pos >= s.length() || !mayStartMarker(s.charAt(pos))) return null;
    Matcher m = MARKER.matcher(s);
    m.region(pos, s.length());
    if (!m.lookingAt()) return null;
    int group = 1;
    while (m.group(group) == null) group++;
    MarkerStyle style = STYLE_OF_GROUP[group - 1];
    int ordinal = style.ordinal(m.group(group));
    if (ordinal <= 0) return null;
    int end = m.end();
    // the marker must introduce text, not end the paragraph
    if (end >= s.length()) return null;
    // "第一个方面,", "第一层意思," head a part only from the start of its line; run on after "以下三个方面的考虑:" it
    // begins a reason inside a sentence
    if (pos > 0
        && s.charAt(pos - 1) != '\n'
        && style == MarkerStyle.CN_DI
        && MarkerStyle.isLongForm(m.group())
        // …but "。第一方面：关于收心" labels a part at a sentence's start, its colon after the label, and so
        // does
        // "…我先讲三个方面的问题。第一个问题，…" right after the sentence that announces the parts
        && !(CharNormalizer.isSentenceEnd(s.charAt(pos - 1))
            && (CharNormalizer.isColon(s.charAt(end - 1)) || announcedJustBefore(s, pos)))) {
      return null;
    }
    // "第一句话：" and "第一件事：" label a part only as a heading line of its own ("第一句话：认识再提高，在科学发展上求突破");
    // run on into its sentence ("第一句话：我们取得的成效十分明显。上一轮…") the phrase is the sentence's subject
    if (style == MarkerStyle.CN_DI
        && MarkerStyle.isPhraseLabel(m.group())
        && headingLineEnd(s, end) < 0) {
      return null;
    }
    return new Found(style, ordinal, m.group().replace(" ", ""), end);
  }

  /** A sentence announcing spoken parts: 我先讲三个方面的问题, 谈两点意见. */
  private static final Pattern ANNOUNCED_PARTS =
      Pattern.compile(
          "(?:讲|谈|談|講|说|說)[^。；;！？!?]{0,4}?[两兩二三四五六七八九十几幾](?:个方面的问题|個方面的問題|个问题|個問題|个方面|個方面)[。.]$");

  /** Whether the sentence ending just before {@code pos} announces spoken parts. */
  private static boolean announcedJustBefore(CharSequence s, int pos) {
    int from = Math.max(0, pos - 24);
    return ANNOUNCED_PARTS.matcher(s).region(from, pos).find();
  }

  /** The longest heading a line of its own holds after its marker. */
  private static final int HEADING_LINE = 40;

  /**
   * Where the line from {@code from} ends (its newline, or the text's end) when the rest of it is a
   * heading of its own: at most {@link #HEADING_LINE} characters with no sentence's end; else -1.
   */
  public static int headingLineEnd(CharSequence s, int from) {
    int i = from;
    for (; i < s.length() && s.charAt(i) != '\n'; i++) {
      if (i - from >= HEADING_LINE || CharNormalizer.isSentenceEnd(s.charAt(i))) return -1;
    }
    return i;
  }

  /** A cheap test before the regular expression: most positions cannot start a marker. */
  public static boolean mayStartMarker(char c) {
    return c == '('
        || c == '（'
        || c == '〔'
        || c == '第'
        || (c >= '0' && c <= '9')
        || (c >= '\u2460' && c <= '\u2473')
        || "一二三四五六七八九十".indexOf(c) >= 0;
  }

  /** 一 → 1, 十 → 10, 十二 → 12, 二十 → 20, 二十三 → 23; -1 when not a number below 100. */
  public static int chineseNumber(String s) {
    final String digits = "零一二三四五六七八九";
    int ten = s.indexOf('十');
    if (ten < 0) {
      return s.length() == 1 ? digits.indexOf(s.charAt(0)) : -1;
    }
    if (s.indexOf('十', ten + 1) >= 0) return -1;
    int high = ten == 0 ? 1 : (ten == 1 ? digits.indexOf(s.charAt(0)) : -1);
    int low =
        ten == s.length() - 1
            ? 0
            : (ten == s.length() - 2 ? digits.indexOf(s.charAt(ten + 1)) : -1);
    if (high <= 0 || low < 0) return -1;
    return high * 10 + low;
  }
}
