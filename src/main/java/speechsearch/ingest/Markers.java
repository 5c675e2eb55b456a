package speechsearch.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises an enumerator at a position of normalised text and reads its ordinal. */
final class Markers {
  private static final String CN = "[一二三四五六七八九十]{1,3}";

  /** "第一、二轮", "一、二季度": ordinals listed together, not an enumerator. */
  private static final String NOT_AN_ORDINAL_LIST = "(?![一二三四五六七八九十][、轮季批期次级类等届])";

  /** Groups: 1 (一), 2 一、, 3 一是, 4 第一, 5 (1), 6 1、, 7 1., 8 ①. */
  private static final Pattern MARKER =
      Pattern.compile(
          "[(（]\\s?("
              + CN
              + ")\\s?[)）]"
              + "|("
              + CN
              + ")、"
              + NOT_AN_ORDINAL_LIST
              + "|("
              + CN
              + ")(?:是|要)(?![一二三四五六七八九十])"
              + "|第("
              + CN
              + ")[,，、:：]"
              + NOT_AN_ORDINAL_LIST
              + "|[(（]\\s?(\\d{1,2})\\s?[)）]"
              + "|(\\d{1,2})、"
              + "|(\\d{1,2})\\.(?![\\d.])"
              + "|([\\u2460-\\u2473])");

  /** A marker found at a position: its style, ordinal, and the end of the marker text. */
  record Found(MarkerStyle style, int ordinal, String text, int end) {}

  private Markers() {}

  /** The marker at {@code pos} of {@code s}, or null. */
  static Found at(CharSequence s, int pos) {
    if (pos >= s.length() || !mayStartMarker(s.charAt(pos))) return null;
    Matcher m = MARKER.matcher(s);
    m.region(pos, s.length());
    if (!m.lookingAt()) return null;
    MarkerStyle style;
    int ordinal;
    if (m.group(1) != null) {
      style = MarkerStyle.CN_PAREN;
      ordinal = chineseNumber(m.group(1));
    } else if (m.group(2) != null) {
      style = MarkerStyle.CN_DUN;
      ordinal = chineseNumber(m.group(2));
    } else if (m.group(3) != null) {
      style = MarkerStyle.CN_SHI;
      ordinal = chineseNumber(m.group(3));
    } else if (m.group(4) != null) {
      style = MarkerStyle.CN_DI;
      ordinal = chineseNumber(m.group(4));
    } else if (m.group(5) != null) {
      style = MarkerStyle.AR_PAREN;
      ordinal = Integer.parseInt(m.group(5));
    } else if (m.group(6) != null) {
      style = MarkerStyle.AR_DUN;
      ordinal = Integer.parseInt(m.group(6));
    } else if (m.group(7) != null) {
      // "1." and "1、" are one list style: documents mix them within one list
      style = MarkerStyle.AR_DUN;
      ordinal = Integer.parseInt(m.group(7));
    } else {
      style = MarkerStyle.CIRCLED;
      ordinal = m.group(8).charAt(0) - '\u2460' + 1;
    }
    if (ordinal <= 0) return null;
    int end = m.end();
    // the marker must introduce text, not end the paragraph
    if (end >= s.length()) return null;
    return new Found(style, ordinal, m.group().replace(" ", ""), end);
  }

  /** A cheap test before the regular expression: most positions cannot start a marker. */
  static boolean mayStartMarker(char c) {
    return c == '('
        || c == '（'
        || c == '第'
        || (c >= '0' && c <= '9')
        || (c >= '\u2460' && c <= '\u2473')
        || "一二三四五六七八九十".indexOf(c) >= 0;
  }

  /** 一 → 1, 十 → 10, 十二 → 12, 二十 → 20, 二十三 → 23; -1 when not a number below 100. */
  static int chineseNumber(String s) {
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
