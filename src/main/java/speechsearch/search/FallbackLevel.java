package speechsearch.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import speechsearch.analysis.BigramAnalyzer;
import speechsearch.analysis.CharMap;
import speechsearch.index.Schema;

/**
 * The fallback level, for when fewer than a page of measures have every word: any word counts,
 * measures with all of them rank up ({@link Fallback#STRICT_BONUS}), and each word found adds a
 * bonus for what it says, scaled by its rarity against the rarest word of the query, so the one
 * rare word (校车) outranks two everyday ones (接送, 隐患). The weights are computed once per query
 * ({@link #plan}) and serve both this query and the export's translation.
 */
final class FallbackLevel {
  /**
   * Single characters SmartCN leaves of a word it does not know (霸|凌) count this much in the
   * relaxed match: they still hint at the word (欺|凌). Commit 4244f5e; no other value measured.
   */
  private static final float SINGLE_CHAR_WEIGHT = 0.3f;

  /**
   * A unit with a third of a word's bigrams (for words of three or more) earns this share of the
   * whole word's bonus. Commit 4244f5e (a word is found when a third of its bigrams are).
   */
  private static final float MOST_BIGRAMS_SHARE = 0.5f;

  /**
   * Characters a word shares with a unit earn this share of the whole word's bonus between them: a
   * paraphrase often shares only the head character with the words it stands for (胃镜 and 内镜).
   * Commit 3ad41f6.
   */
  private static final float SHARED_CHARACTERS_SHARE = 0.5f;

  /**
   * Shared characters count for words of up to this many distinct characters: a paraphrase shares
   * its head with the words it stands for, while in a longer run, a phrase or a pasted clause,
   * single characters say little, and each one is a disjunction over long postings (32 random words
   * of 14 characters took 12 s at a million measures with them, 4.8 s without).
   */
  static final int SHARED_CHARACTERS_UP_TO = 6;

  /**
   * A shared character counts only when its rarity is at least this share of the rarest word's: the
   * common ones (生, 人, 子) add almost nothing and cost the most, having the longest postings. At a
   * million measures this took the p99 of a search from 120–150 ms to 97 ms (64 ms without any
   * characters), with the same relevance on the blind sets.
   */
  private static final float SHARED_CHARACTERS_MIN_RARITY = 0.3f;

  private final WordClauses words;
  private final StrictLevel strict;
  private final Rarity rarity;
  // the weights of the one query a factory serves (built for the search and again for snippets)
  private QuerySyntax.And planned;
  private Fallback plan;

  FallbackLevel(WordClauses words, StrictLevel strict, Rarity rarity) {
    this.words = words;
    this.strict = strict;
    this.rarity = rarity;
  }

  /**
   * The relaxed query; with {@code characters} false, without the single characters a word shares
   * with a unit, which count toward its rank but would mark characters all over its snippet.
   */
  Query query(QuerySyntax.And q, boolean characters) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(new BoostQuery(strict.query(q), Fallback.STRICT_BONUS), Occur.SHOULD);
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    Iterator<Fallback.Clause> weights = plan(q).clauses().iterator();
    for (QuerySyntax.Node n : q.clauses()) {
      if (n instanceof QuerySyntax.Not not) {
        b.add(strict.clause(not.node()), Occur.MUST_NOT);
      } else {
        Fallback.Clause c = weights.next();
        any.add(relaxed(n, c), Occur.SHOULD);
        // each word found adds a bonus for what it says: more of the words beats one word many
        // times, and a rare word beats an everyday one
        b.add(found(n, c, characters), Occur.SHOULD);
      }
    }
    b.add(any.build(), Occur.MUST);
    return b.build();
  }

  /**
   * The fallback level's weights for a query: for each positive clause, what a measure may have of
   * it and what that is worth (see {@link Fallback} and {@link #weigh}).
   */
  Fallback plan(QuerySyntax.And q) {
    if (q != planned) {
      float rarest = rarity.rarest(q);
      List<Fallback.Clause> clauses = new ArrayList<>();
      for (QuerySyntax.Node n : q.clauses()) {
        if (!(n instanceof QuerySyntax.Not)) clauses.add(weigh(n, rarest));
      }
      plan = new Fallback(List.copyOf(clauses));
      planned = q;
    }
    return plan;
  }

  /**
   * How much of a word a unit has, weighted by what that part of the word says; the best part
   * counts. The whole word counts its rarity against the rarest word of the query. One of its
   * longer SmartCN words counts its own rarity, times its share of the word's characters, so a unit
   * with 校园 no longer counts as having 校园霸凌. Most of its bigrams count half. Characters it shares
   * with the unit count half, each by its own rarity and share.
   */
  private Fallback.Clause weigh(QuerySyntax.Node n, float rarest) {
    String text = QueryFactory.wordText(n);
    if (text == null) return Fallback.Clause.group();
    List<String> all = words.indexTokens(text);
    // single characters left of a word SmartCN does not know (霸|凌) still hint at it (欺|凌)
    boolean hasLonger = all.stream().anyMatch(t -> t.length() >= 2);
    List<Fallback.Weighted> tokens = new ArrayList<>();
    for (String t : all) {
      tokens.add(new Fallback.Weighted(t, hasLonger && t.length() < 2 ? SINGLE_CHAR_WEIGHT : 1f));
    }
    float whole = Math.min(1f, rarity.of(text) / rarest);
    try {
      int length = 0;
      for (String t : all) length += t.length();
      List<Fallback.Weighted> longer = new ArrayList<>();
      for (String t : indexedWords(text)) {
        if (t.length() >= 2 && t.length() < length) {
          float r = rarity.ofTerm(t);
          longer.add(new Fallback.Weighted(t, Math.min(1f, r / rarest) * t.length() / length));
        }
      }
      int grams = words.bigramTokens(text).size();
      int mostOf = grams > 2 ? (grams + 2) / 3 : 0;
      List<String> chars = hanCharacters(text);
      List<Fallback.Weighted> shared = new ArrayList<>();
      if (chars.size() > 1 && chars.size() <= SHARED_CHARACTERS_UP_TO) {
        for (String c : chars) {
          float r = Math.min(1f, rarity.ofCharacter(c) / rarest);
          if (r < SHARED_CHARACTERS_MIN_RARITY) continue;
          shared.add(new Fallback.Weighted(c, SHARED_CHARACTERS_SHARE * r / chars.size()));
        }
      }
      return new Fallback.Clause(
          text,
          List.copyOf(tokens),
          whole,
          List.copyOf(longer),
          mostOf,
          mostOf > 0 ? MOST_BIGRAMS_SHARE * whole : 0f,
          List.copyOf(shared));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The bonus of {@link #weigh} as a query: constant scores, the best way counts. */
  private Query found(QuerySyntax.Node n, Fallback.Clause c, boolean characters) {
    List<Query> ways = new ArrayList<>();
    ways.add(bonus(strict.clause(n), c.whole()));
    if (c.text() == null) return ways.get(0);
    for (Fallback.Weighted t : c.longer()) {
      ways.add(bonus(new TermQuery(new Term(Schema.TEXT, t.term())), t.weight()));
    }
    if (c.mostBigramsOf() > 0) {
      BooleanQuery.Builder most = new BooleanQuery.Builder();
      for (String g : words.bigramTokens(c.text())) most.add(Schema.BIGRAMS.gram(g), Occur.SHOULD);
      most.setMinimumNumberShouldMatch(c.mostBigramsOf());
      ways.add(bonus(most.build(), c.mostBigrams()));
    }
    if (characters && !c.characters().isEmpty()) {
      BooleanQuery.Builder shared = new BooleanQuery.Builder();
      for (Fallback.Weighted ch : c.characters()) {
        shared.add(bonus(Schema.BIGRAMS.gram(ch.term()), ch.weight()), Occur.SHOULD);
      }
      ways.add(shared.build());
    }
    return new DisjunctionMaxQuery(ways, 0f);
  }

  private static Query bonus(Query q, float share) {
    return new BoostQuery(new ConstantScoreQuery(q), Fallback.COORDINATION * share);
  }

  /** A word relaxed: its phrase in the text, any of its tokens, or any of its bigrams. */
  private Query relaxed(QuerySyntax.Node n, Fallback.Clause c) {
    if (c.text() == null) return strict.clause(n);
    BooleanQuery.Builder parts = new BooleanQuery.Builder();
    BooleanQuery.Builder grams = new BooleanQuery.Builder();
    for (Fallback.Weighted t : c.tokens()) {
      Query term = new TermQuery(new Term(Schema.TEXT, t.term()));
      parts.add(t.weight() == 1f ? term : new BoostQuery(term, t.weight()), Occur.SHOULD);
    }
    for (String g : words.bigramTokens(c.text())) grams.add(Schema.BIGRAMS.gram(g), Occur.SHOULD);
    List<Query> ways = new ArrayList<>();
    ways.add(new BoostQuery(words.bodyClause(c.text()), Fallback.PHRASE_BONUS));
    ways.add(parts.build());
    ways.add(new BoostQuery(grams.build(), Schema.BIGRAM_BOOST));
    return new DisjunctionMaxQuery(ways, WordClauses.TIE_BREAKER);
  }

  /**
   * The indexed words of a query word, without synonyms (they count only as whole phrases) and
   * without the single characters SmartCN leaves of words it does not know, which the bigrams match
   * better; single characters stay when they are all there is.
   */
  private List<String> indexedWords(String text) {
    List<String> all = words.indexTokens(text);
    List<String> longer = all.stream().filter(t -> t.length() >= 2).toList();
    return longer.isEmpty() ? all : longer;
  }

  /**
   * The distinct common Han characters of a word, mapped as the index maps them: those the bigram
   * field lists one by one (see BigramComplement.of).
   */
  private static List<String> hanCharacters(String text) {
    Set<String> out = new LinkedHashSet<>();
    for (int i = 0; i < text.length(); i++) {
      char c = CharMap.map(text.charAt(i));
      if (BigramAnalyzer.isPlainHan(c)) out.add(String.valueOf(c));
    }
    return List.copyOf(out);
  }
}
