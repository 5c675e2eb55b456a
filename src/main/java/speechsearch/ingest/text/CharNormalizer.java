package speechsearch.ingest.text;

/**
 * Width and compatibility normalisation for Chinese text: full-width ASCII forms become ASCII,
 * ideographic and no-break spaces become spaces, parenthesised enumerators (㈠ ⑴ ⒈) are spelled out,
 * and invisible characters are dropped. Circled numbers (①②…) are kept as they are: they are
 * enumerators that mean something to the parser and to readers.
 */
public final class CharNormalizer {
  private static final String CN_DIGITS = "一二三四五六七八九十";

  private CharNormalizer() {}

  public static String normalize(CharSequence in) {
    StringBuilder out = new StringBuilder(in.length());
    for (int i = 0; i < in.length(); i++) {
      char c = in.charAt(i);
      if (isFullWidthAlnum(c)) {
        out.append((char) (c - 0xFEE0));
      } else if (c == '\u3000'
          || c == '\u00A0'
          || c == '\u2002'
          || c == '\u2003'
          || c == '\u2009') {
        out.append(' ');
      } else if (c == '\u200B'
          || c == '\u200C'
          || c == '\u200D'
          || c == '\uFEFF'
          || c == '\u00AD') {
        // zero-width and soft-hyphen characters carry nothing a reader sees
      } else if (c >= '\u3220' && c <= '\u3229') { // ㈠..㈩
        out.append('(').append(CN_DIGITS.charAt(c - '\u3220')).append(')');
      } else if (c >= '\u2474' && c <= '\u2487') { // ⑴..⒇
        out.append('(').append(c - '\u2474' + 1).append(')');
      } else if (c >= '\u2488' && c <= '\u249B') { // ⒈..⒛
        out.append(c - '\u2488' + 1).append('.');
      } else if (c == '\r') {
        if (i + 1 < in.length() && in.charAt(i + 1) == '\n') continue;
        out.append('\n');
      } else if (c == '\u2028'
          || c == '\u2029'
          || c == '\u000B'
          || c == '\u000C'
          || c == '\u0085') {
        out.append('\n');
      } else if (c == '\t') {
        out.append(' ');
      } else if (Character.isISOControl(c) && c != '\n') {
        // other control characters are extraction damage
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Full-width letters and digits (and the full-width full stop of "１．") become ASCII. Chinese
   * punctuation (，；：！？（）) stays as written: it is the normal form of Chinese text, and people
   * search for and quote passages with it.
   */
  private static boolean isFullWidthAlnum(char c) {
    return (c >= '\uFF10' && c <= '\uFF19')
        || (c >= '\uFF21' && c <= '\uFF3A')
        || (c >= '\uFF41' && c <= '\uFF5A')
        || c == '\uFF0E';
  }

  /** Ends a sentence: 。！？； and their ASCII forms. */
  public static boolean isSentenceEnd(char c) {
    return c == '。' || c == '！' || c == '？' || c == '；' || c == '!' || c == '?' || c == ';';
  }

  /** Whether a line has a sentence end (。！？；). */
  public static boolean hasSentenceEnd(String line) {
    for (int i = 0; i < line.length(); i++) {
      if (isSentenceEnd(line.charAt(i))) return true;
    }
    return false;
  }

  /** Whether a line has punctuation of running text: a sentence end, a comma or a colon. */
  public static boolean hasSentencePunct(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (isSentenceEnd(c) || isComma(c) || isColon(c)) return true;
    }
    return false;
  }

  public static boolean isColon(char c) {
    return c == '：' || c == ':';
  }

  public static boolean isComma(char c) {
    return c == '，' || c == ',';
  }

  public static boolean isCjk(int c) {
    return (c >= 0x4E00 && c <= 0x9FFF)
        || (c >= 0x3400 && c <= 0x4DBF)
        || (c >= 0xF900 && c <= 0xFAFF)
        || (c >= 0x20000 && c <= 0x2FA1F);
  }

  /** Chinese punctuation that never takes a space beside it in running text. */
  public static boolean isCjkPunct(int c) {
    return (c >= 0x3001 && c <= 0x3011)
        || c == '“'
        || c == '”'
        || c == '‘'
        || c == '’'
        || c == '…'
        || c == '—'
        || c == '·'
        || (c >= 0xFF01 && c <= 0xFF0F)
        || (c >= 0xFF1A && c <= 0xFF1F)
        || c == 0xFF5E;
  }
}
