package speechsearch.search;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.Query;

/**
 * Turns a parsed query into Lucene queries, at one of two levels: {@link Level#ALL} (every word
 * must match, {@link StrictLevel}) and {@link Level#ANY} (the fallback when too few measures have
 * every word, {@link FallbackLevel}). Every word is one clause through every field ({@link
 * WordClauses}), so an excluded word is excluded through all of them; the fallback weighs words by
 * {@link Rarity}. One factory serves one search: the ranking, the relaxing decision, the fallback's
 * weights and the snippets' query share its analyses and clauses. The README's ranking page
 * explains the whole.
 */
final class QueryFactory {
  enum Level {
    ALL,
    ANY
  }

  private final WordClauses words;
  private final StrictLevel strict;
  private final FallbackLevel fallback;

  /** With {@code bridges} null, no full forms are searched beside short forms. */
  QueryFactory(
      IndexReader reader,
      Analyzer queryAnalyzer,
      Analyzer indexAnalyzer,
      Analyzer bigramAnalyzer,
      Bridges bridges) {
    this.words = new WordClauses(queryAnalyzer, indexAnalyzer, bigramAnalyzer, bridges);
    this.strict = new StrictLevel(words);
    this.fallback = new FallbackLevel(words, strict, new Rarity(reader, words));
  }

  /**
   * Whether falling back to any word can add anything: with two or more words it can, and with one
   * word only when that word is several tokens (乡土文化 may match by 文化). One plain word (教师) relaxed
   * would only add noise from its single characters.
   */
  boolean canRelax(QuerySyntax.And q) {
    List<QuerySyntax.Node> positive =
        q.clauses().stream().filter(n -> !(n instanceof QuerySyntax.Not)).toList();
    if (positive.size() != 1) return positive.size() > 1;
    if (!(positive.get(0) instanceof QuerySyntax.Word w)) return false;
    return words.indexTokens(w.text()).size() > 1;
  }

  /** Whether the query has any positive clause (else it browses everything). */
  static boolean hasPositive(QuerySyntax.And q) {
    return q.clauses().stream().anyMatch(n -> !(n instanceof QuerySyntax.Not));
  }

  Query build(QuerySyntax.And q, Level level) {
    return level == Level.ALL ? strict.query(q) : fallback.query(q, true);
  }

  /**
   * The query whose terms the snippets mark: the same query without the single characters a word
   * shares with a unit, which count toward its rank but would mark characters all over its text.
   */
  Query forHighlighting(QuerySyntax.And q, Level level) {
    return level == Level.ALL ? strict.query(q) : fallback.query(q, false);
  }

  /** The full forms searched beside short forms of the query's words, in the order met. */
  List<SearchResponse.AlsoSearched> alsoSearched() {
    return words.alsoSearched();
  }

  /** The fallback level's weights for a query (for the export's translation). */
  Fallback fallback(QuerySyntax.And q) {
    return fallback.plan(q);
  }

  /** The text of a word or phrase; null for a group. */
  static String wordText(QuerySyntax.Node n) {
    return switch (n) {
      case QuerySyntax.Word w -> w.text();
      case QuerySyntax.Phrase p -> p.text();
      default -> null;
    };
  }
}
