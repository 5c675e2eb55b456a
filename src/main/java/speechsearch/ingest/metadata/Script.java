package speechsearch.ingest.metadata;

import com.ibm.icu.text.Transliterator;

/**
 * Traditional-script pages read as simplified for the rules that look for words (全縣 is 全县, 講話 is
 * 讲话, 南縣 is 南县). Only the copy that cue words, places and year clues are read from is converted;
 * the stored text keeps the script it was written in. The character table is built on first use,
 * one character to one character, so a converted text has the same length and offsets.
 */
public final class Script {
  /** Common characters that only traditional text uses: a page with none of them is left alone. */
  private static final String TELLTALE = "們這會國說為個來時區縣學發對長與經門開關書記黨員機實現當後產業於";

  private Script() {}

  /**
   * The text with traditional characters mapped to simplified; the same string when it has none.
   */
  public static String simplified(String text) {
    if (text == null || !looksTraditional(text)) return text;
    return converted(text);
  }

  /**
   * The text mapped to simplified whatever it looks like: a short line of a page known to be
   * traditional.
   */
  static String converted(String text) {
    char[] out = text.toCharArray();
    char[] table = Table.TABLE;
    for (int i = 0; i < out.length; i++) out[i] = table[out[i]];
    return new String(out);
  }

  static boolean looksTraditional(String text) {
    int hits = 0;
    int n = Math.min(text.length(), 4000);
    for (int i = 0; i < n; i++) {
      if (TELLTALE.indexOf(text.charAt(i)) >= 0 && ++hits >= 3) return true;
    }
    return false;
  }

  private static final class Table {
    static final char[] TABLE = build();

    private static char[] build() {
      char[] t = new char[0x10000];
      for (int c = 0; c < t.length; c++) t[c] = (char) c;
      Transliterator tr = Transliterator.getInstance("Traditional-Simplified");
      for (int c = 0x4E00; c <= 0x9FFF; c++) {
        String s = tr.transliterate(String.valueOf((char) c));
        if (s.length() == 1) t[c] = s.charAt(0);
      }
      return t;
    }
  }
}
