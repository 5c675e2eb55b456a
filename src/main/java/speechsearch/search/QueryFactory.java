package speechsearch.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import speechsearch.analysis.SpeechAnalyzer;
import speechsearch.index.Schema;

/**
 * Turns a parsed query into Lucene queries. Every word is one clause that may match through the
 * SmartCN text field (as a phrase over its tokens, synonyms included), the heading (weighted
 * higher) or the bigram field (for terms SmartCN splits), so an excluded word is excluded through
 * all of them. Three levels of strictness: {@link Level#ALL} (every word), {@link Level#MOST} (all
 * but one word, each by most of its bigrams) and {@link Level#ANY}; the engine falls back level by
 * level when a stricter one finds too little, and ranks stricter matches first.
 */
final class QueryFactory {
  enum Level {
    ALL,
    MOST,
    ANY
  }

  private static final float WHOLE_PHRASE_BOOST = 2f;
  private static final float STRICT_BONUS = 20f;

  private final QueryBuilder smart;
  private final QueryBuilder bigram;
  private final Analyzer bigramAnalyzer;

  QueryFactory(Analyzer queryAnalyzer, Analyzer bigramAnalyzer) {
    this.smart = new QueryBuilder(queryAnalyzer);
    this.bigram = new QueryBuilder(bigramAnalyzer);
    this.bigramAnalyzer = bigramAnalyzer;
  }

  /** Whether the query has any positive clause (else it browses everything). */
  static boolean hasPositive(QuerySyntax.And q) {
    return q.clauses().stream().anyMatch(n -> !(n instanceof QuerySyntax.Not));
  }

  Query build(QuerySyntax.And q, Level level) {
    if (level == Level.ALL) return strict(q);
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(new BoostQuery(strict(q), STRICT_BONUS), Occur.SHOULD);
    List<Query> words = new ArrayList<>();
    for (QuerySyntax.Node n : q.clauses()) {
      if (n instanceof QuerySyntax.Not not) b.add(clause(not.node()), Occur.MUST_NOT);
      else words.add(relaxed(n));
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (Query w : words) any.add(w, Occur.SHOULD);
    int need = level == Level.MOST ? Math.max(1, words.size() - 1) : 1;
    any.setMinimumNumberShouldMatch(Math.min(need, words.size()));
    b.add(any.build(), Occur.MUST);
    return b.build();
  }

  private Query strict(QuerySyntax.And q) {
    if (!hasPositive(q)) {
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
    if (plain.size() > 1) {
      // the words next to each other, in order, count more than the same words scattered
      Query whole = smart.createPhraseQuery(Schema.TEXT, String.join("", plain), 2);
      if (whole != null) b.add(new BoostQuery(whole, WHOLE_PHRASE_BOOST), Occur.SHOULD);
    }
    return b.build();
  }

  /** One word, phrase or group, matched through every field. */
  Query clause(QuerySyntax.Node n) {
    return switch (n) {
      case QuerySyntax.Word w -> text(w.text());
      case QuerySyntax.Phrase p -> text(p.text());
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

  private Query text(String text) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    Query body = smart.createPhraseQuery(Schema.TEXT, text);
    Query heading = smart.createPhraseQuery(Schema.HEADING, text);
    Query title = smart.createPhraseQuery(Schema.TITLE_TEXT, text);
    Query bigrams = bigram.createPhraseQuery(Schema.TEXT_BIGRAM, text);
    if (body != null) b.add(body, Occur.SHOULD);
    if (heading != null) b.add(new BoostQuery(heading, Schema.HEADING_BOOST), Occur.SHOULD);
    if (title != null) b.add(new BoostQuery(title, Schema.TITLE_BOOST), Occur.SHOULD);
    if (bigrams != null) b.add(new BoostQuery(bigrams, Schema.BIGRAM_BOOST), Occur.SHOULD);
    BooleanQuery q = b.build();
    // a word that analyses to nothing (punctuation only) matches nothing rather than everything
    return q.clauses().isEmpty() ? new TermQuery(new Term(Schema.TEXT, "\u0000")) : q;
  }

  /** A word matched by most of its bigrams, or by its whole phrase. */
  private Query relaxed(QuerySyntax.Node n) {
    if (!(n instanceof QuerySyntax.Word || n instanceof QuerySyntax.Phrase)) return clause(n);
    String text = n instanceof QuerySyntax.Word w ? w.text() : ((QuerySyntax.Phrase) n).text();
    List<String> grams;
    try {
      grams = SpeechAnalyzer.tokens(bigramAnalyzer, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(new BoostQuery(clause(n), 2f), Occur.SHOULD);
    if (grams.size() > 1) {
      BooleanQuery.Builder most = new BooleanQuery.Builder();
      for (String g : grams) most.add(new TermQuery(new Term(Schema.TEXT_BIGRAM, g)), Occur.SHOULD);
      most.setMinimumNumberShouldMatch((grams.size() + 1) / 2);
      b.add(most.build(), Occur.SHOULD);
    }
    return b.build();
  }

  /** An exact phrase over the text field only (for tests and tools). */
  static Query phrase(String field, String... terms) {
    return new PhraseQuery(field, terms);
  }
}
