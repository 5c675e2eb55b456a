package speechsearch.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;

/**
 * The strict level: every positive word, phrase or group must match (each through every field, see
 * {@link WordClauses}), excluded ones must not, and in short queries the words next to each other
 * count more than the same words scattered. Public for its constants: the engine export renders the
 * same level and must keep the same weights and limits.
 */
public final class StrictLevel {
  /**
   * The weight of the words found next to each other, in order (slop 2), over the same words
   * scattered. Set with the DisMax ranking (commit e531181); no other value was measured.
   */
  public static final float WHOLE_PHRASE_BOOST = 2f;

  /** How far apart the words may stand and still count as side by side. */
  public static final int WHOLE_PHRASE_SLOP = 2;

  /**
   * The whole-phrase bonus is for queries of a few words: a long list of words almost never stands
   * in a text in that order, and its phrase, with every word's synonyms as alternatives, made the
   * largest query the language allows take seconds to weigh.
   */
  public static final int WHOLE_PHRASE_WORDS = 6;

  private final WordClauses words;

  StrictLevel(WordClauses words) {
    this.words = words;
  }

  Query query(QuerySyntax.And q) {
    if (!QueryFactory.hasPositive(q)) {
      BooleanQuery.Builder b = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST);
      for (QuerySyntax.Node n : q.clauses())
        b.add(clause(((QuerySyntax.Not) n).node()), Occur.MUST_NOT);
      return b.build();
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    List<String> plain = new ArrayList<>();
    for (QuerySyntax.Node n : q.clauses()) {
      if (n instanceof QuerySyntax.Not not) {
        b.add(clause(not.node()), Occur.MUST_NOT);
      } else {
        b.add(clause(n), Occur.MUST);
        if (n instanceof QuerySyntax.Word w) plain.add(w.text());
      }
    }
    if (plain.size() > 1 && plain.size() <= WHOLE_PHRASE_WORDS) {
      Query whole = words.phrase(String.join("", plain), WHOLE_PHRASE_SLOP);
      if (whole != null) b.add(new BoostQuery(whole, WHOLE_PHRASE_BOOST), Occur.SHOULD);
    }
    return b.build();
  }

  /** One word, phrase or group, matched through every field. */
  Query clause(QuerySyntax.Node n) {
    return switch (n) {
      case QuerySyntax.Word w -> words.clause(w.text());
      case QuerySyntax.Phrase p -> words.clause(p.text());
      case QuerySyntax.Not not -> clause(not.node());
      case QuerySyntax.Or or -> {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (QuerySyntax.Node a : or.alternatives()) b.add(clause(a), Occur.SHOULD);
        yield b.build();
      }
      case QuerySyntax.And and -> {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (QuerySyntax.Node c : and.clauses()) {
          b.add(clause(c), c instanceof QuerySyntax.Not ? Occur.MUST_NOT : Occur.MUST);
        }
        yield b.build();
      }
    };
  }
}
