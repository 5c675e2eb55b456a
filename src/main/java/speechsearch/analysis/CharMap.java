package speechsearch.analysis;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.CharFilter;

/**
 * A one-to-one character map applied before tokenising: full-width ASCII to ASCII, the ideographic
 * space to a space, and traditional characters to their simplified forms (SmartCN's dictionary is
 * simplified). One character always maps to one character, so offsets into the stored text stay
 * exact and the stored text keeps its script.
 */
public final class CharMap {
  private static final char[] TABLE = build();

  private CharMap() {}

  private static char[] build() {
    char[] t = new char[0x10000];
    for (int c = 0; c < t.length; c++) t[c] = (char) c;
    for (int c = 0xFF01; c <= 0xFF5E; c++) t[c] = (char) (c - 0xFEE0);
    t[0x3000] = ' ';
    Transliterator toSimplified = Transliterator.getInstance("Traditional-Simplified");
    mapRange(toSimplified, t, 0x3400, 0x4DBF);
    mapRange(toSimplified, t, 0x4E00, 0x9FFF);
    mapRange(toSimplified, t, 0xF900, 0xFAFF);
    return t;
  }

  private static void mapRange(Transliterator tr, char[] t, int from, int to) {
    for (int c = from; c <= to; c++) {
      String s = tr.transliterate(String.valueOf((char) c));
      if (s.length() == 1 && s.charAt(0) != c) t[c] = s.charAt(0);
    }
  }

  public static char map(char c) {
    return TABLE[c];
  }

  /** The mapped copy of a string (for queries and glossary terms). */
  public static String apply(String s) {
    char[] out = s.toCharArray();
    for (int i = 0; i < out.length; i++) out[i] = TABLE[out[i]];
    return new String(out);
  }

  /** Wraps a reader so that analysis sees mapped characters. */
  static Reader filter(Reader in) {
    return new CharFilter(in) {
      @Override
      public int read(char[] buf, int off, int len) throws IOException {
        int n = input.read(buf, off, len);
        for (int i = off; i < off + Math.max(n, 0); i++) buf[i] = TABLE[buf[i]];
        return n;
      }

      @Override
      protected int correct(int currentOff) {
        return currentOff;
      }
    };
  }
}
