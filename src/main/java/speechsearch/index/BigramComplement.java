package speechsearch.index;

import java.io.IOException;
import java.io.StringReader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import speechsearch.analysis.BigramAnalyzer;
import speechsearch.analysis.CharMap;

/**
 * Lists a unit's bigram-field tokens beside its text-field tokens ({@link #of}): what the bigram
 * field must add to what SmartCN already put in the text field. Kept apart from {@link
 * PreAnalyzed}, which only holds and replays tokens, because the choice of which grams earn a place
 * in the field is an idea of its own (the bigram field's, see {@code analysis.BigramField}).
 */
final class BigramComplement {
  private final PreAnalyzed out;
  private final PreAnalyzed words;
  // the reference listing's next character to list as a unigram; -1 when not listing them
  private int unigramsUpTo = -1;

  private BigramComplement(int textLength, PreAnalyzed words) {
    this.out = new PreAnalyzed(textLength);
    this.words = words;
  }

  /**
   * The bigram-field tokens of a text that the text's own SmartCN tokens do not already hold: a
   * bigram that is also a SmartCN word at the same place is left out, since a query finds it in the
   * text field (see QueryFactory). About a third of all bigrams are such two-character words. So is
   * the bigram where two two-character words meet (师队 in 教师|队伍): it is rarely a word of its own, a
   * query that meant it finds it through its other cuts (see QueryFactory), and the matches it made
   * were mostly false (人权 in 军人|权益, 国军 in 中国|军队). Bigrams next to single characters, the ones
   * SmartCN leaves of words it does not know, and inside longer words stay. The field keeps neither
   * positions nor frequencies, so each distinct CJK bigram of the text is listed once.
   *
   * <p>Each distinct common Han character is listed too, unless SmartCN made it a token of its own
   * there (the text field has it then). A paraphrase often shares only characters with the words it
   * stands for, mostly the head at the end of a compound (胃镜 and 内镜, 食管癌 and 上消化道癌), and the
   * fallback level counts such shared characters, weighted by their rarity (see QueryFactory).
   *
   * <p>The terms are those of the bigram analyzer, but its analysis (a Unicode word-break
   * tokenizer, then the bigram filter) is run only over the stretches between runs of common Han
   * characters: such a character is always a token of its own there, so its bigrams follow from the
   * characters alone. A text holding anything that could join a Han character to its neighbours
   * (kana, hangul, combining marks, format characters, surrogate pairs, rarer ideographs) is
   * analysed whole.
   */
  static PreAnalyzed of(Analyzer bigrams, String field, String text, PreAnalyzed words) {
    char[] mapped = new char[text.length()];
    for (int i = 0; i < mapped.length; i++) {
      char c = CharMap.map(text.charAt(i));
      if (!BigramAnalyzer.isPlainHan(c) && needsWholeAnalysis(c)) {
        return byAnalyzer(bigrams, field, text, words);
      }
      mapped[i] = c;
    }
    BigramComplement p = new BigramComplement(text.length(), words);
    GramSet seen = new GramSet(text.length());
    boolean[] meet = twoCharWordsMeet(words, text.length());
    int i = 0;
    while (i < mapped.length) {
      int from = i;
      if (BigramAnalyzer.isPlainHan(mapped[i])) {
        while (i < mapped.length && BigramAnalyzer.isPlainHan(mapped[i])) i++;
        if (i - from == 1) { // a lone Han character is its own unigram, as in CJKBigramFilter
          p.addIfNew(seen, mapped, from, 1);
        } else {
          for (int k = from; k < i; k++) {
            p.addIfNew(seen, mapped, k, 1);
            if (k + 1 < i && !meet[k]) p.addIfNew(seen, mapped, k, 2);
          }
        }
      } else {
        boolean wordy = false;
        while (i < mapped.length && !BigramAnalyzer.isPlainHan(mapped[i])) {
          wordy |= !isSeparator(mapped[i]);
          i++;
        }
        if (wordy) p.addAnalysed(bigrams, field, text, from, i, meet);
      }
    }
    return p.out;
  }

  /** The bigram analyzer run over the whole text: the reference the scan above must equal. */
  static PreAnalyzed byAnalyzer(Analyzer bigrams, String field, String text, PreAnalyzed words) {
    BigramComplement p = new BigramComplement(text.length(), words);
    p.unigramsUpTo = 0;
    p.addAnalysed(bigrams, field, text, 0, text.length(), twoCharWordsMeet(words, text.length()));
    p.addUnigrams(text, text.length());
    return p.out;
  }

  /**
   * In the reference listing, the single characters not yet listed before {@code upTo}: every
   * common Han character that is not a SmartCN token of its own there, in text order.
   */
  private void addUnigrams(String text, int upTo) {
    for (; unigramsUpTo < upTo; unigramsUpTo++) {
      char[] c = {CharMap.map(text.charAt(unigramsUpTo))};
      if (BigramAnalyzer.isPlainHan(c[0]) && !words.has(unigramsUpTo, unigramsUpTo + 1, c, 0, 1)) {
        out.add(c, 0, 1, unigramsUpTo, unigramsUpTo + 1, 1);
      }
    }
  }

  /**
   * {@code meet[k]}: a two-character word ends at character k and another begins at k + 1 (no word
   * spans both, and no longer word covers either).
   */
  private static boolean[] twoCharWordsMeet(PreAnalyzed words, int length) {
    int[] longest = new int[length + 1]; // the longest word over each character
    boolean[] joined = new boolean[length + 1]; // characters k and k + 1 lie in one word
    for (int t = 0; t < words.size(); t++) {
      int start = words.start(t);
      int end = Math.min(words.end(t), length);
      for (int k = start; k < end; k++) longest[k] = Math.max(longest[k], end - start);
      for (int k = start; k + 1 < end; k++) joined[k] = true;
    }
    boolean[] meet = new boolean[length + 1];
    for (int k = 0; k + 1 < length; k++) {
      meet[k] = !joined[k] && longest[k] == 2 && longest[k + 1] == 2;
    }
    return meet;
  }

  private static boolean isHanPair(String text, int at) {
    return Character.UnicodeScript.of(text.charAt(at)) == Character.UnicodeScript.HAN
        && Character.UnicodeScript.of(text.charAt(at + 1)) == Character.UnicodeScript.HAN;
  }

  /** Punctuation and spaces that never make a token and never join two tokens. */
  private static boolean isSeparator(char c) {
    if (c < 0x80) return !Character.isLetterOrDigit(c) && c != '_';
    return switch (c) {
      case '\u3001',
          '\u3002',
          '\u300A',
          '\u300B',
          '\u300C',
          '\u300D',
          '\u300E',
          '\u300F',
          '\u3010',
          '\u3011',
          '\u3014',
          '\u3015',
          '\u2014',
          '\u2026',
          '\u201C',
          '\u201D',
          '\u00B7',
          '\u2022',
          '\u00A0' ->
          true;
      default -> false;
    };
  }

  /**
   * Characters after which the scan cannot tell the word-break tokenizer's tokens without running
   * it over the whole text: they may join or extend a neighbouring Han character's token.
   */
  private static boolean needsWholeAnalysis(char c) {
    if (c < 0x80) return false;
    if (Character.isSurrogate(c)) return true;
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    if (script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || script == Character.UnicodeScript.HANGUL) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.FORMAT;
  }

  /** Adds a CJK gram unless the text field has it at this place or it was listed already. */
  private void addIfNew(GramSet seen, char[] mapped, int at, int length) {
    int key = length == 1 ? mapped[at] : (mapped[at] << 16) | mapped[at + 1];
    if (seen.contains(key) || words.has(at, at + length, mapped, at, length)) return;
    seen.add(key);
    out.add(mapped, at, length, at, at + length, 1);
  }

  /** Adds the bigram analyzer's tokens of text[from, to) not already in the text field. */
  private void addAnalysed(
      Analyzer bigrams, String field, String text, int from, int to, boolean[] meet) {
    try (TokenStream ts = bigrams.tokenStream(field, new StringReader(text.substring(from, to)))) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        int start = from + offset.startOffset();
        int end = from + offset.endOffset();
        if (unigramsUpTo >= 0) addUnigrams(text, start + 1);
        if (end - start == 2 && meet[start] && isHanPair(text, start)) continue;
        // the bigram field keeps no positions, so a left-out bigram leaves no gap to record
        if (!words.has(start, end, term.buffer(), 0, term.length())) {
          out.add(term.buffer(), 0, term.length(), start, end, 1);
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("analysing a string cannot fail", e);
    }
  }

  /**
   * A small open-addressing set of CJK gram keys (never 0: Han characters are far above 0). It is
   * sized for the text but holds at most {@link #MOST} keys, so a freak unit of megabytes without a
   * line break costs no more than a measure: once full, it stops remembering new keys and their
   * bigrams may be listed twice, which the field, keeping no frequencies, does not notice.
   */
  private static final class GramSet {
    private static final int MOST = 1 << 15;
    private final int[] slots;
    private final int mask;
    private int size;

    GramSet(int textLength) {
      int n = Integer.highestOneBit(Math.max(16, Math.min(textLength, MOST) * 2 - 1)) << 1;
      slots = new int[n];
      mask = n - 1;
    }

    boolean contains(int key) {
      for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
        if (slots[i] == key) return true;
        if (slots[i] == 0) return false;
      }
    }

    void add(int key) {
      if (size >= slots.length / 2) return; // full: see the class comment
      int i = mix(key) & mask;
      while (slots[i] != 0) i = (i + 1) & mask;
      slots[i] = key;
      size++;
    }

    private static int mix(int key) {
      return (key * 0x9E3779B9) >>> 7;
    }
  }
}
