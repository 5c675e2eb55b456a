package speechsearch.ingest.metadata;

/**
 * Numbers written in Chinese numerals, as ordinals and years are: 三十四 → 34, 十九 → 19, 一百 → 100, and
 * years spelled digit by digit, 二〇二五 or 二00五 → 2025, 2005. Arabic digits pass through.
 */
final class ChineseNumbers {
  private static final String DIGITS = "〇一二三四五六七八九";

  private ChineseNumbers() {}

  /** The value of a number of up to a few hundred, or -1 when the text is no such number. */
  static int parse(String s) {
    if (s == null || s.isEmpty()) return -1;
    if (s.chars().allMatch(Character::isDigit)) {
      return s.length() > 6 ? -1 : Integer.parseInt(s);
    }
    int total = 0;
    int current = -1;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int d = digit(c);
      if (d >= 0) {
        current = d;
      } else if (c == '十') {
        total += (current < 0 ? 1 : current) * 10;
        current = -1;
      } else if (c == '百') {
        total += (current < 0 ? 1 : current) * 100;
        current = -1;
      } else {
        return -1;
      }
    }
    return total + Math.max(current, 0);
  }

  /** A year spelled digit by digit (二〇二五, 二○一九, 二00五), as a number; -1 otherwise. */
  static int year(String s) {
    if (s.length() != 4) return -1;
    int y = 0;
    for (int i = 0; i < 4; i++) {
      int d = digit(s.charAt(i));
      if (d < 0) return -1;
      y = y * 10 + d;
    }
    return y >= 1900 && y <= 2099 ? y : -1;
  }

  /**
   * The text with years spelled in Chinese digits (二〇〇五年, 二00五年) written in Arabic digits, one
   * character for one, so offsets stay the same.
   */
  static String arabicYears(String s) {
    int at = s.indexOf('年');
    if (at < 0) return s;
    char[] out = null;
    for (; at >= 0; at = s.indexOf('年', at + 1)) {
      if (at < 4) continue;
      int y = year(s.substring(at - 4, at));
      if (y < 0 || s.substring(at - 4, at).chars().allMatch(Character::isDigit)) continue;
      if (out == null) out = s.toCharArray();
      String digits = String.valueOf(y);
      for (int i = 0; i < 4; i++) out[at - 4 + i] = digits.charAt(i);
    }
    return out == null ? s : new String(out);
  }

  private static int digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c == '零' || c == '○' || c == 'O' || c == 'o' || c == 'Ｏ') return 0;
    if (c == '两') return 2;
    return DIGITS.indexOf(c);
  }
}
