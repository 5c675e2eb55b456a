package speechsearch.analysis;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Overlapping CJK bigrams for the recall field: new policy terms that SmartCN breaks into single
 * characters (双减, 教联体) still match as runs of bigrams. Same character map as the main analyzer, so
 * traditional text and full-width forms match here too.
 */
public final class BigramAnalyzer extends Analyzer {
  /**
   * CJK unified ideographs assigned since Unicode 3.0 at the latest (after the character map): each
   * is a word-break token of its own, so its bigrams follow from the characters alone, and the
   * bigram field lists each of them singly too (see BigramComplement.of in the index package).
   */
  public static boolean isPlainHan(char c) {
    return (c >= 0x4E00 && c <= 0x9FA5) || (c >= 0x3400 && c <= 0x4DB5);
  }

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return CharMap.filter(reader);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    TokenStream ts = new LowerCaseFilter(source);
    ts = new CJKBigramFilter(ts);
    return new TokenStreamComponents(source, ts);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new LowerCaseFilter(in);
  }
}
