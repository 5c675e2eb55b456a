package speechsearch.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import speechsearch.index.Schema;

/**
 * How rare a word of a query is: BM25's idf of an upper bound on the units that have it, from term
 * statistics alone, since counting would cost a search per word. The fallback level weighs what a
 * unit has of each word by it. Serves one search.
 */
final class Rarity {
  private final IndexReader reader;
  private final WordClauses words;
  private final Map<String, Float> known = new HashMap<>();

  Rarity(IndexReader reader, WordClauses words) {
    this.reader = reader;
    this.words = words;
  }

  /** The highest rarity among the query's words and phrases (1 when it has none). */
  float rarest(QuerySyntax.And q) {
    float most = 0;
    for (QuerySyntax.Node n : q.clauses()) {
      String text = QueryFactory.wordText(n);
      if (text != null) most = Math.max(most, of(text));
    }
    return most > 0 ? most : 1f;
  }

  /**
   * A phrase is in no more units than its rarest term, a set of alternatives (synonyms) in no more
   * than all of them together, and a word in no more than its rarest bigram.
   */
  float of(String text) {
    Float r = known.get(text);
    if (r != null) return r;
    Query body = words.bodyPhrase(text);
    try {
      long units = body == null ? 0 : unitsAtMost(body);
      // a word SmartCN splits into characters (全天候) is bounded far closer by its rarest bigram
      for (String g : words.bigramTokens(text)) {
        if (g.length() == 2) {
          units = Math.min(units, Schema.BIGRAMS.unitsWith(reader, g));
        }
      }
      r = idf(units);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    known.put(text, r);
    return r;
  }

  /** The rarity of a term of the text field. */
  float ofTerm(String term) throws IOException {
    return idf(reader.docFreq(new Term(Schema.TEXT, term)));
  }

  /** The rarity of a character, which the bigram field or the text field lists. */
  float ofCharacter(String c) throws IOException {
    return idf(Schema.BIGRAMS.unitsWith(reader, c));
  }

  private long unitsAtMost(Query q) throws IOException {
    return switch (q) {
      case TermQuery t -> reader.docFreq(t.getTerm());
      case BoostQuery b -> unitsAtMost(b.getQuery());
      case PhraseQuery p -> {
        long least = Long.MAX_VALUE;
        for (Term t : p.getTerms()) least = Math.min(least, reader.docFreq(t));
        yield least == Long.MAX_VALUE ? 0 : least;
      }
      case MultiPhraseQuery m -> {
        long least = Long.MAX_VALUE;
        for (Term[] position : m.getTermArrays()) {
          long any = 0;
          for (Term t : position) any += reader.docFreq(t);
          least = Math.min(least, any);
        }
        yield least == Long.MAX_VALUE ? 0 : least;
      }
      case SynonymQuery syn -> {
        long any = 0;
        for (Term t : syn.getTerms()) any += reader.docFreq(t);
        yield any;
      }
      case BooleanQuery b -> {
        long any = 0;
        for (BooleanClause c : b.clauses()) any += unitsAtMost(c.query());
        yield any;
      }
      default -> reader.numDocs();
    };
  }

  private float idf(long units) {
    long all = Math.max(1, reader.numDocs());
    units = Math.min(units, all);
    return (float) Math.log(1 + (all - units + 0.5) / (units + 0.5));
  }
}
