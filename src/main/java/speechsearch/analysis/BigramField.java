package speechsearch.analysis;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The CJK-bigram recall field, defined once for the index, the queries and similar measures. The
 * index lists each distinct bigram of a unit in {@code name} except those SmartCN made words of
 * their own at the same place, which {@code words} (the SmartCN text field) has (see
 * BigramComplement.of in the index package); so a bigram is looked for in both, and a bigram's
 * units are counted over both.
 *
 * @param name the bigram field
 * @param words the SmartCN text field, which holds the bigrams that are words
 */
public record BigramField(String name, String words) {
  /**
   * The one analyzer of an index and its queries: {@code wordAnalyzer} for every field, {@code
   * bigrams} (a {@link BigramAnalyzer}) for this one.
   */
  public Analyzer perField(Analyzer wordAnalyzer, Analyzer bigrams) {
    return new PerFieldAnalyzerWrapper(wordAnalyzer, Map.of(name, bigrams));
  }

  /** One bigram wherever the index keeps it, scored as one term. */
  public Query gram(String g) {
    return new DisjunctionMaxQuery(
        List.of(new TermQuery(new Term(name, g)), new TermQuery(new Term(words, g))), 0f);
  }

  /**
   * The same, naming only the field that has the bigram when the other has not: the same scores,
   * and a plain term query that top-k skipping bounds by its own blocks' best scores.
   */
  public Query gram(IndexReader reader, String g) throws IOException {
    Term bigram = new Term(name, g);
    Term word = new Term(words, g);
    if (reader.docFreq(word) == 0) return new TermQuery(bigram);
    if (reader.docFreq(bigram) == 0) return new TermQuery(word);
    return gram(g);
  }

  /**
   * An upper bound on the units with a bigram or a character (the bigram field also lists common
   * Han characters): its document frequency in both fields.
   */
  public long unitsWith(IndexReader reader, String g) throws IOException {
    return (long) reader.docFreq(new Term(name, g)) + reader.docFreq(new Term(words, g));
  }
}
