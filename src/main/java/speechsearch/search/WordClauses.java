package speechsearch.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;
import speechsearch.analysis.Segmentations;
import speechsearch.analysis.SpeechAnalyzer;
import speechsearch.index.Schema;

/**
 * One word of a query as a clause over every field: the SmartCN text field (as a phrase over its
 * tokens, synonyms included), the heading and the title (weighted higher), the bigram field (for
 * terms SmartCN splits: all the word's bigrams in the unit) and other cuts of the word into
 * dictionary words. Serves one search: each word is analysed and built once, though the strict
 * level, the fallback level, the rarity estimate and the snippets' query all ask for it.
 */
final class WordClauses {
  /**
   * A word is scored by its best field plus this share of the others, so a word found in a heading
   * does not count three times over the same word in the text.
   */
  static final float TIE_BREAKER = 0.2f;

  /**
   * Other cuts of a word tried as phrases, fewest pieces first: SmartCN cuts a word differently
   * alone than in a sentence. Three came with the bigram field's dropping of junction bigrams
   * (commit 6fc467e: 2,567 quoted terms and dev keywords, dev relevance unchanged); no other count
   * was measured.
   */
  private static final int OTHER_CUTS = 3;

  private final QueryBuilder smart;
  private final Analyzer indexAnalyzer;
  private final Analyzer bigramAnalyzer;
  private final Map<String, Query> withHeadings = new HashMap<>();
  private final Map<String, Query> bodies = new HashMap<>();
  private final Map<String, List<String>> indexTokens = new HashMap<>();
  private final Map<String, List<String>> bigramTokens = new HashMap<>();
  private final Map<String, Query> bodyPhrases = new HashMap<>();

  /**
   * The weight of a word's full form (职业学校 for 职校) beside the word itself: lower, since the drafter
   * typed the short form. Chosen on the tuning half of the known-item tasks (README).
   */
  static final float BRIDGE_WEIGHT = 0.5f;

  private final Bridges bridges;
  private final Map<String, SearchResponse.AlsoSearched> bridged = new LinkedHashMap<>();

  WordClauses(
      Analyzer queryAnalyzer, Analyzer indexAnalyzer, Analyzer bigramAnalyzer, Bridges bridges) {
    this.smart = new QueryBuilder(queryAnalyzer);
    this.indexAnalyzer = indexAnalyzer;
    this.bigramAnalyzer = bigramAnalyzer;
    this.bridges = bridges;
  }

  /** The full forms searched so far beside short forms, in the order met. */
  List<SearchResponse.AlsoSearched> alsoSearched() {
    return List.copyOf(bridged.values());
  }

  /** The word's full form as a phrase in the text, or null when it has none (see Bridges). */
  private Query bridge(String text) {
    if (bridges == null) return null;
    try {
      Bridges.Bridge b = bridges.lookup(text, () -> unitsWith(text));
      if (b == null) return null;
      Query full = smart.createPhraseQuery(Schema.TEXT, b.fullForm());
      if (full == null) return null;
      bridged.putIfAbsent(b.word(), new SearchResponse.AlsoSearched(text, b.fullForm()));
      return new BoostQuery(full, BRIDGE_WEIGHT);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** How many units have the word itself as a phrase in the text. */
  private long unitsWith(String text) {
    Query p = bodyPhrase(text);
    try {
      return p == null ? 0 : bridges.count(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A word's tokens as the text field indexes them. */
  List<String> indexTokens(String text) {
    return indexTokens.computeIfAbsent(text, t -> analysed(indexAnalyzer, t));
  }

  /** A word's bigram-field tokens. */
  List<String> bigramTokens(String text) {
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
  Query bodyPhrase(String text) {
    if (!bodyPhrases.containsKey(text)) {
      bodyPhrases.put(text, smart.createPhraseQuery(Schema.TEXT, text));
    }
    return bodyPhrases.get(text);
  }

  /** Words run together as one phrase in the text field, with a slop; null if nothing to match. */
  Query phrase(String text, int slop) {
    return smart.createPhraseQuery(Schema.TEXT, text, slop);
  }

  /** One word through every field, scored by its best field (plus a little of the others). */
  Query clause(String text) {
    Query built = withHeadings.get(text);
    if (built == null) {
      built = build(text, true);
      withHeadings.put(text, built);
    }
    return built;
  }

  /**
   * The same through the text alone, without the weight of headings and titles: for the fallback
   * level, where a unit has only some of the words. A heading says what the unit is about, which
   * speaks for it when it has all of the words; one everyday word of the query in a short heading
   * (污染防治 for 校园霸凌 防治) says nothing about the rest.
   */
  Query bodyClause(String text) {
    Query built = bodies.get(text);
    if (built == null) {
      built = build(text, false);
      bodies.put(text, built);
    }
    return built;
  }

  private Query build(String text, boolean headings) {
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
    Query bridge = bridge(text);
    if (bridge != null) ways.add(bridge);
    // a word that analyses to nothing (punctuation only) matches nothing rather than everything
    if (ways.isEmpty()) return new MatchNoDocsQuery("the word analyses to nothing");
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

  /** All bigrams of a word in one unit (the bigram field has no positions), or null if none. */
  private Query allBigrams(String text) {
    List<String> grams = bigramTokens(text);
    if (grams.isEmpty()) return null;
    if (grams.size() == 1) return Schema.BIGRAMS.gram(grams.get(0));
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    for (String g : grams) all.add(Schema.BIGRAMS.gram(g), Occur.MUST);
    return all.build();
  }
}
