package speechsearch.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import speechsearch.analysis.BigramAnalyzer;
import speechsearch.analysis.CharMap;
import speechsearch.analysis.Segmentations;
import speechsearch.analysis.SpeechAnalyzer;
import speechsearch.index.Schema;

/**
 * Turns a parsed query into Lucene queries. Every word is one clause that may match through the
 * SmartCN text field (as a phrase over its tokens, synonyms included), the heading (weighted
 * higher) or the bigram field (for terms SmartCN splits: all the word's bigrams in the unit), so an
 * excluded word is excluded through all of them. Two levels: {@link Level#ALL} (every word must
 * match) and {@link Level#ANY} (the fallback when too few measures have every word: any word
 * counts, those with all rank up, and each word found counts by how rare it is, see {@link
 * #found}).
 */
final class QueryFactory {
  enum Level {
    ALL,
    ANY
  }

  private static final float WHOLE_PHRASE_BOOST = 2f;
  private static final float TIE_BREAKER = 0.2f;
  private static final float SINGLE_CHAR_WEIGHT = 0.3f;
  private static final int OTHER_CUTS = 3;
  private static final float MOST_BIGRAMS_SHARE = 0.5f;
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

  /**
   * The whole-phrase bonus is for queries of a few words: a long list of words almost never stands
   * in a text in that order, and its phrase, with every word's synonyms as alternatives, made the
   * largest query the language allows take seconds to weigh.
   */
  static final int WHOLE_PHRASE_WORDS = 6;

  private final QueryBuilder smart;
  // each word's clause, with and without headings, and its rarity, by its text: a factory serves
  // one search
  private final Map<String, Query> words = new HashMap<>();
  private final Map<String, Query> bodies = new HashMap<>();
  private final Map<String, Float> rarities = new HashMap<>();
  // each word's analysis and phrase in the text field, by its text: the two levels, the fallback's
  // ways, the rarity estimate and the snippets' query all ask for the same few words
  private final Map<String, List<String>> indexTokens = new HashMap<>();
  private final Map<String, List<String>> bigramTokens = new HashMap<>();
  private final Map<String, Query> bodyPhrases = new HashMap<>();
  // the fallback's weights, for the one query a factory serves (built for the search and again for
  // its snippets)
  private QuerySyntax.And planned;
  private Fallback plan;
  private final IndexReader reader;
  private final Analyzer bigramAnalyzer;
  private final Analyzer indexAnalyzer;

  QueryFactory(
      IndexReader reader, Analyzer queryAnalyzer, Analyzer indexAnalyzer, Analyzer bigramAnalyzer) {
    this.reader = reader;
    this.indexAnalyzer = indexAnalyzer;
    this.smart = new QueryBuilder(queryAnalyzer);
    this.bigramAnalyzer = bigramAnalyzer;
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
    return indexTokens(w.text()).size() > 1;
  }

  /** A word's tokens as the text field indexes them. */
  private List<String> indexTokens(String text) {
    return indexTokens.computeIfAbsent(text, t -> analysed(indexAnalyzer, t));
  }

  /** A word's bigram-field tokens. */
  private List<String> bigramTokens(String text) {
    return bigramTokens.computeIfAbsent(text, t -> analysed(bigramAnalyzer, t));
  }

  private static List<String> analysed(Analyzer analyzer, String text) {
    try {
      return SpeechAnalyzer.tokens(analyzer, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A word as a phrase in the text field, synonyms included; null when it analyses to nothing. */
  private Query bodyPhrase(String text) {
    if (!bodyPhrases.containsKey(text)) {
      bodyPhrases.put(text, smart.createPhraseQuery(Schema.TEXT, text));
    }
    return bodyPhrases.get(text);
  }

  /** Whether the query has any positive clause (else it browses everything). */
  static boolean hasPositive(QuerySyntax.And q) {
    return q.clauses().stream().anyMatch(n -> !(n instanceof QuerySyntax.Not));
  }

  Query build(QuerySyntax.And q, Level level) {
    return build(q, level, true);
  }

  /**
   * The query whose terms the snippets mark: the same query without the single characters a word
   * shares with a unit, which count toward its rank but would mark characters all over its text.
   */
  Query forHighlighting(QuerySyntax.And q, Level level) {
    return build(q, level, false);
  }

  private Query build(QuerySyntax.And q, Level level, boolean characters) {
    if (level == Level.ALL) return strict(q);
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(new BoostQuery(strict(q), Fallback.STRICT_BONUS), Occur.SHOULD);
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    Iterator<Fallback.Clause> weights = fallback(q).clauses().iterator();
    for (QuerySyntax.Node n : q.clauses()) {
      if (n instanceof QuerySyntax.Not not) {
        b.add(clause(not.node()), Occur.MUST_NOT);
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
    if (plain.size() > 1 && plain.size() <= WHOLE_PHRASE_WORDS) {
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

  /**
   * One word through every field, scored by its best field (plus a little of the others), so a word
   * found in a heading does not count three times over the same word in the text. Built once per
   * word: the fallback level uses it three times, after the strict level has used it once.
   */
  private Query text(String text) {
    Query built = words.get(text);
    if (built == null) {
      built = buildText(text);
      words.put(text, built);
    }
    return built;
  }

  /**
   * The same through the text alone, without the weight of headings and titles: for the fallback
   * level, where a unit has only some of the words. A heading says what the unit is about, which
   * speaks for it when it has all of the words; one everyday word of the query in a short heading
   * (污染防治 for 校园霸凌 防治) says nothing about the rest.
   */
  private Query bodyText(String text) {
    Query built = bodies.get(text);
    if (built == null) {
      built = buildText(text, false);
      bodies.put(text, built);
    }
    return built;
  }

  private Query buildText(String text) {
    return buildText(text, true);
  }

  private Query buildText(String text, boolean headings) {
    List<Query> ways = new ArrayList<>();
    Query body = bodyPhrase(text);
    Query heading = headings ? smart.createPhraseQuery(Schema.HEADING, text) : null;
    Query title = headings ? smart.createPhraseQuery(Schema.TITLE_TEXT, text) : null;
    Query bigrams = allBigrams(text);
    if (body != null) ways.add(body);
    if (heading != null) ways.add(new BoostQuery(heading, Schema.HEADING_BOOST));
    if (title != null) ways.add(new BoostQuery(title, Schema.TITLE_BOOST));
    if (bigrams != null) ways.add(new BoostQuery(bigrams, Schema.BIGRAM_BOOST));
    ways.addAll(otherCuts(text));
    // a word that analyses to nothing (punctuation only) matches nothing rather than everything
    if (ways.isEmpty()) return new TermQuery(new Term(Schema.TEXT, "\u0000"));
    return new DisjunctionMaxQuery(ways, TIE_BREAKER);
  }

  /**
   * The word as a phrase over other cuts into dictionary words than its own: inside a sentence the
   * index may have cut it differently (一带一路 alone is 一|带|一|路, in running text 一带|一路), and the
   * bigram field leaves out the bigram across two two-character words (带一), so without these the
   * word would be missed there.
   */
  private List<Query> otherCuts(String text) {
    List<List<String>> cuts = Segmentations.of(text, OTHER_CUTS);
    if (cuts.isEmpty()) return List.of();
    List<String> own = indexTokens(text);
    List<Query> out = new ArrayList<>();
    for (List<String> cut : cuts) {
      if (cut.equals(own)) continue;
      out.add(new PhraseQuery(Schema.TEXT, cut.toArray(String[]::new)));
    }
    return out;
  }

  /**
   * One bigram of a word, wherever the index keeps it: the bigram field leaves out bigrams that are
   * SmartCN words at the same place (see PreAnalyzed.complement), and the text field has those.
   */
  static Query bigram(String g) {
    return new DisjunctionMaxQuery(
        List.of(
            new TermQuery(new Term(Schema.TEXT_BIGRAM, g)),
            new TermQuery(new Term(Schema.TEXT, g))),
        0f);
  }

  /** All bigrams of a word in one unit (the bigram field has no positions), or null if none. */
  private Query allBigrams(String text) {
    List<String> grams = bigramTokens(text);
    if (grams.isEmpty()) return null;
    if (grams.size() == 1) return bigram(grams.get(0));
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    for (String g : grams) all.add(bigram(g), Occur.MUST);
    return all.build();
  }

  /**
   * The fallback level's weights for a query: for each positive clause, what a measure may have of
   * it and what that is worth (see {@link Fallback} and {@link #weigh}).
   */
  Fallback fallback(QuerySyntax.And q) {
    if (q != planned) {
      float rarest = rarest(q);
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
   * counts. The whole word (as in {@link #clause}) counts its rarity against the rarest word of the
   * query. One of its longer SmartCN words counts its own rarity, times its share of the word's
   * characters, so a unit with 校园 no longer counts as having 校园霸凌. Most of its bigrams count half.
   * Characters it shares with the unit count half, each by its own rarity and share: a paraphrase
   * often shares only the head character with the words it stands for (胃镜 and 内镜). So a unit with
   * the one rare word of a query (校车) outranks a unit with two everyday ones (接送, 隐患), which an
   * equal bonus per word did not.
   */
  private Fallback.Clause weigh(QuerySyntax.Node n, float rarest) {
    String text = wordText(n);
    if (text == null) return Fallback.Clause.group();
    List<String> all = indexTokens(text);
    // single characters left of a word SmartCN does not know (霸|凌) still hint at it (欺|凌)
    boolean hasLonger = all.stream().anyMatch(t -> t.length() >= 2);
    List<Fallback.Weighted> tokens = new ArrayList<>();
    for (String t : all) {
      tokens.add(new Fallback.Weighted(t, hasLonger && t.length() < 2 ? SINGLE_CHAR_WEIGHT : 1f));
    }
    float whole = Math.min(1f, rarity(text) / rarest);
    try {
      int length = 0;
      for (String t : all) length += t.length();
      List<Fallback.Weighted> longer = new ArrayList<>();
      for (String t : words(text)) {
        if (t.length() >= 2 && t.length() < length) {
          float rarity = idf(reader.docFreq(new Term(Schema.TEXT, t)));
          longer.add(new Fallback.Weighted(t, Math.min(1f, rarity / rarest) * t.length() / length));
        }
      }
      int grams = bigramTokens(text).size();
      int mostOf = grams > 2 ? (grams + 2) / 3 : 0;
      List<String> chars = hanCharacters(text);
      List<Fallback.Weighted> shared = new ArrayList<>();
      if (chars.size() > 1 && chars.size() <= SHARED_CHARACTERS_UP_TO) {
        for (String c : chars) {
          long units =
              (long) reader.docFreq(new Term(Schema.TEXT_BIGRAM, c))
                  + reader.docFreq(new Term(Schema.TEXT, c));
          float rarity = Math.min(1f, idf(units) / rarest);
          if (rarity < SHARED_CHARACTERS_MIN_RARITY) continue;
          shared.add(new Fallback.Weighted(c, SHARED_CHARACTERS_SHARE * rarity / chars.size()));
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
    ways.add(bonus(clause(n), c.whole()));
    if (c.text() == null) return ways.get(0);
    for (Fallback.Weighted t : c.longer()) {
      ways.add(bonus(new TermQuery(new Term(Schema.TEXT, t.term())), t.weight()));
    }
    if (c.mostBigramsOf() > 0) {
      BooleanQuery.Builder most = new BooleanQuery.Builder();
      for (String g : bigramTokens(c.text())) most.add(bigram(g), Occur.SHOULD);
      most.setMinimumNumberShouldMatch(c.mostBigramsOf());
      ways.add(bonus(most.build(), c.mostBigrams()));
    }
    if (characters && !c.characters().isEmpty()) {
      BooleanQuery.Builder shared = new BooleanQuery.Builder();
      for (Fallback.Weighted ch : c.characters()) {
        shared.add(bonus(bigram(ch.term()), ch.weight()), Occur.SHOULD);
      }
      ways.add(shared.build());
    }
    return new DisjunctionMaxQuery(ways, 0f);
  }

  private static Query bonus(Query q, float share) {
    return new BoostQuery(new ConstantScoreQuery(q), Fallback.COORDINATION * share);
  }

  private static String wordText(QuerySyntax.Node n) {
    return switch (n) {
      case QuerySyntax.Word w -> w.text();
      case QuerySyntax.Phrase p -> p.text();
      default -> null;
    };
  }

  /**
   * The distinct common Han characters of a word, mapped as the index maps them: those the bigram
   * field lists one by one (see PreAnalyzed.complement).
   */
  private static List<String> hanCharacters(String text) {
    Set<String> out = new LinkedHashSet<>();
    for (int i = 0; i < text.length(); i++) {
      char c = CharMap.map(text.charAt(i));
      if (BigramAnalyzer.isPlainHan(c)) out.add(String.valueOf(c));
    }
    return List.copyOf(out);
  }

  /** The highest rarity among the query's words and phrases (1 when it has none). */
  private float rarest(QuerySyntax.And q) {
    float most = 0;
    for (QuerySyntax.Node n : q.clauses()) {
      String text = wordText(n);
      if (text != null) most = Math.max(most, rarity(text));
    }
    return most > 0 ? most : 1f;
  }

  /**
   * How rare a word is: BM25's idf of an upper bound on the units that have it, from term
   * statistics alone, since counting would cost a search per word. A phrase is in no more units
   * than its rarest term, a set of alternatives (synonyms) in no more than all of them together,
   * and a word in no more than its rarest bigram.
   */
  private float rarity(String text) {
    Float known = rarities.get(text);
    if (known != null) return known;
    Query body = bodyPhrase(text);
    float r;
    try {
      long units = body == null ? 0 : unitsAtMost(body);
      // a word SmartCN splits into characters (全天候) is bounded far closer by its rarest bigram
      for (String g : bigramTokens(text)) {
        if (g.length() == 2) {
          units =
              Math.min(
                  units,
                  (long) reader.docFreq(new Term(Schema.TEXT_BIGRAM, g))
                      + reader.docFreq(new Term(Schema.TEXT, g)));
        }
      }
      r = idf(units);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    rarities.put(text, r);
    return r;
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

  /**
   * The indexed words of a query word, without synonyms (they count only as whole phrases) and
   * without the single characters SmartCN leaves of words it does not know, which the bigrams match
   * better; single characters stay when they are all there is.
   */
  private List<String> words(String text) {
    List<String> all = indexTokens(text);
    List<String> longer = all.stream().filter(t -> t.length() >= 2).toList();
    return longer.isEmpty() ? all : longer;
  }

  private Query relaxed(QuerySyntax.Node n, Fallback.Clause c) {
    if (c.text() == null) return clause(n);
    BooleanQuery.Builder parts = new BooleanQuery.Builder();
    BooleanQuery.Builder grams = new BooleanQuery.Builder();
    for (Fallback.Weighted t : c.tokens()) {
      Query term = new TermQuery(new Term(Schema.TEXT, t.term()));
      parts.add(t.weight() == 1f ? term : new BoostQuery(term, t.weight()), Occur.SHOULD);
    }
    for (String g : bigramTokens(c.text())) grams.add(bigram(g), Occur.SHOULD);
    List<Query> ways = new ArrayList<>();
    ways.add(new BoostQuery(bodyText(c.text()), Fallback.PHRASE_BONUS));
    ways.add(parts.build());
    ways.add(new BoostQuery(grams.build(), Schema.BIGRAM_BOOST));
    return new DisjunctionMaxQuery(ways, TIE_BREAKER);
  }
}
