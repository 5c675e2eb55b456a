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
 * a second time.
 */
final class PreAnalyzed {
  private String[] terms = new String[64];
  private int[] starts = new int[64];
  private int[] ends = new int[64];
  private int[] increments = new int[64];
  private int size;

  static PreAnalyzed of(Analyzer analyzer, String field, String text) {
    PreAnalyzed p = new PreAnalyzed();
    try (TokenStream ts = analyzer.tokenStream(field, new StringReader(text))) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      while (ts.incrementToken())
        p.add(
            term.toString(), offset.startOffset(), offset.endOffset(), inc.getPositionIncrement());
      ts.end();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("analysing a string cannot fail", e);
    }
    return p;
  }

  private void add(String term, int start, int end, int inc) {
    if (size == terms.length) {
      terms = Arrays.copyOf(terms, size * 2);
      starts = Arrays.copyOf(starts, size * 2);
      ends = Arrays.copyOf(ends, size * 2);
      increments = Arrays.copyOf(increments, size * 2);
    }
    terms[size] = term;
    starts[size] = start;
    ends[size] = end;
    increments[size] = inc;
    size++;
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
      term.setEmpty().append(terms[next]);
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
