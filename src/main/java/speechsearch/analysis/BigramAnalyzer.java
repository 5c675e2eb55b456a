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
