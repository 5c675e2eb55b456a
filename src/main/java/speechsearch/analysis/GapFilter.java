package speechsearch.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Punctuation removed by the stop filter leaves one gap, however many marks there were ("网>>教育" and
 * "网、教育" alike). Lucene's synonym filter, which query analysis runs for the glossary, keeps no more
 * than that, so index analysis must not either, or phrases across punctuation would match on one
 * side only.
 */
final class GapFilter extends TokenFilter {
  private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);

  GapFilter(TokenStream in) {
    super(in);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) return false;
    if (posInc.getPositionIncrement() > 2) posInc.setPositionIncrement(2);
    return true;
  }
}
