package speechsearch.index;

import java.io.IOException;
import java.io.StringReader;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * A text analysed once, replayed for several fields: a unit's heading is the start of its text, so
 * the heading field takes the text's own tokens for that stretch instead of running SmartCN over it
 * a second time. The bigram field's tokens are listed into one too, by {@link BigramComplement}.
 */
final class PreAnalyzed {
  // every term's characters one after another in one buffer, instead of a String per token
  private char[] chars;
  private int used;
  private int[] termStarts;
  private int[] termLengths;
  private int[] starts;
  private int[] ends;
  private int[] increments;
  private int size;
  private int probe; // where has() last stopped

  /** Sized for a text: its terms hardly ever hold more characters than it, nor more tokens. */
  PreAnalyzed(int textLength) {
    chars = new char[textLength + 16];
    int tokens = textLength / 2 + 8;
    termStarts = new int[tokens];
    termLengths = new int[tokens];
    starts = new int[tokens];
    ends = new int[tokens];
    increments = new int[tokens];
  }

  static PreAnalyzed of(Analyzer analyzer, String field, String text) {
    PreAnalyzed p = new PreAnalyzed(text.length());
    try (TokenStream ts = analyzer.tokenStream(field, new StringReader(text))) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      while (ts.incrementToken())
        p.add(
            term.buffer(),
            term.length(),
            offset.startOffset(),
            offset.endOffset(),
            inc.getPositionIncrement());
      ts.end();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("analysing a string cannot fail", e);
    }
    return p;
  }

  /** The distinct terms, in order of first appearance: for comparing the two ways of listing. */
  java.util.List<String> distinctTerms() {
    java.util.LinkedHashSet<String> terms = new java.util.LinkedHashSet<>();
    for (int i = 0; i < size; i++) terms.add(new String(chars, termStarts[i], termLengths[i]));
    return java.util.List.copyOf(terms);
  }

  /** Whether a token with this term spans exactly [start, end). */
  boolean has(int start, int end, char[] term, int offset, int length) {
    // first token starting at or after start (tokens come in start order); callers ask in text
    // order, so the search goes on from where the last one ended
    int lo = probe;
    if (lo > 0 && starts[lo - 1] >= start) lo = 0;
    while (lo < size && starts[lo] < start) lo++;
    probe = lo;
    for (int i = lo; i < size && starts[i] == start; i++) {
      if (ends[i] == end
          && termLengths[i] == length
          && Arrays.equals(
              chars, termStarts[i], termStarts[i] + length, term, offset, offset + length)) {
        return true;
      }
    }
    return false;
  }

  private void add(char[] term, int length, int start, int end, int inc) {
    add(term, 0, length, start, end, inc);
  }

  void add(char[] term, int offset, int length, int start, int end, int inc) {
    if (used + length > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(chars.length * 2, used + length));
    }
    System.arraycopy(term, offset, chars, used, length);
    if (size == termStarts.length) {
      termStarts = Arrays.copyOf(termStarts, size * 2);
      termLengths = Arrays.copyOf(termLengths, size * 2);
      starts = Arrays.copyOf(starts, size * 2);
      ends = Arrays.copyOf(ends, size * 2);
      increments = Arrays.copyOf(increments, size * 2);
    }
    termStarts[size] = used;
    termLengths[size] = length;
    used += length;
    starts[size] = start;
    ends[size] = end;
    increments[size] = inc;
    size++;
  }

  /** How many tokens. */
  int size() {
    return size;
  }

  /** Where token {@code t} starts in the text. */
  int start(int t) {
    return starts[t];
  }

  /** Where token {@code t} ends in the text. */
  int end(int t) {
    return ends[t];
  }

  /** All tokens. */
  TokenStream all() {
    return new Replay(0, Integer.MAX_VALUE);
  }

  /** The tokens that lie within [from, to) of the text. */
  TokenStream within(int from, int to) {
    return new Replay(from, to);
  }

  private final class Replay extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute inc = addAttribute(PositionIncrementAttribute.class);
    private final int from;
    private final int to;
    private int next;
    private boolean first;

    Replay(int from, int to) {
      this.from = from;
      this.to = to;
    }

    @Override
    public boolean incrementToken() {
      while (next < size && starts[next] < from) next++;
      if (next >= size || ends[next] > to) return false;
      clearAttributes();
      term.copyBuffer(chars, termStarts[next], termLengths[next]);
      offset.setOffset(starts[next] - from, ends[next] - from);
      inc.setPositionIncrement(first && from > 0 ? 1 : increments[next]);
      first = false;
      next++;
      return true;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      next = 0;
      first = true;
    }
  }
}
