package speechsearch.search;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.Term;
import org.apache.lucene.internal.hppc.LongHashSet;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.util.FixedBitSet;
import speechsearch.analysis.SpeechAnalyzer;
import speechsearch.index.Schema;

/**
 * "Similar measures": MoreLikeThis over the text and bigram fields, tuned for short paragraphs
 * (every term counts from its first occurrence; terms in more than a fifth of the documents carry
 * nothing), restricted to measures of other speeches and to the request's filters. Results are
 * units, as in a search: the measures scoring at least a share of the best ({@link #FLOOR}),
 * without the pasted text itself, a text repeated in several speeches once, ranked from Lucene's
 * top-k documents ({@link SimilarPasses}); the total counts those, exactly or (when the top-k
 * documents do not reach down to the floor) at least, and they can be paged through.
 */
final class Similar {
  // a draft of up to 2,000 characters has a few dozen telling words; 30 and 40 left some out
  private static final int MAX_TERMS_WORDS = 60;
  private static final int MAX_TERMS_BIGRAMS = 80;

  /** A bigram weighs half a word of the same rarity (first version). */
  private static final float BIGRAM_WEIGHT = 0.5f;

  /**
   * BM25 with weaker length normalisation (b 0.4 instead of 0.75): a drafted paragraph often
   * describes one clause of what a speech says in a long paragraph among other things, and the
   * default weight of length sank such paragraphs below short measures on the draft's general
   * words. Measured on the draft rows of the dev set and three blind sets (36 drafts): MRR@10 rose
   * on every set, and b from 0.3 to 0.5 gave about the same.
   */
  static final BM25Similarity SIMILARITY = new BM25Similarity(1.2f, 0.4f);

  private Similar() {}

  /**
   * Similar measures are those scoring at least this share of the best: the query is a disjunction
   * of a draft's telling words, so nearly every measure shares one of them, and a list (and a
   * total) of thousands that share one word would say nothing. A share, not a score, because BM25
   * scores have no fixed scale.
   */
  static final float FLOOR = 0.1f;

  /**
   * Terms in more than a fifth of the documents say nothing about a draft (as for MoreLikeThis).
   */
  private static final float MAX_DOC_SHARE = 0.2f;

  static SearchResponse run(
      SearchService service,
      Filters filters,
      SimilarRequest r,
      SimilarRanking ranking,
      SimilarPasses.Sizes passes)
      throws IOException {
    long t0 = System.nanoTime();
    IndexHandle.Generation g = service.index().acquire();
    try {
      String text = r.text();
      String excludeSpeech = null;
      LongHashSet pasted = null;
      if (r.unitId() != null) {
        Units.checkId(r.unitId());
        Document d = service.units().document(g, r.unitId());
        if (d == null || d.get(Schema.TEXT) == null) throw new UnknownIdException(r.unitId());
        text = d.get(Schema.TEXT);
        excludeSpeech = d.get(Schema.SPEECH_ID);
      } else {
        // the draft itself (pasted from a measure of the index, say) is no similar measure
        pasted = new LongHashSet();
        pasted.add(Schema.textHash(text));
        for (String p : text.split("\n")) if (!p.isBlank()) pasted.add(Schema.textHash(p));
      }
      BooleanQuery.Builder q = new BooleanQuery.Builder().add(like(g, text), Occur.MUST);
      // the unit itself, its other paragraphs and the rest of its speech
      if (excludeSpeech != null)
        q.add(new TermQuery(new Term(Schema.SPEECH_ID, excludeSpeech)), Occur.MUST_NOT);
      Query query = q.build();
      SearchRequest f = r.asFilters();
      var dd = filters.drillDown(g, Filters.base(query, "measure", f.yearFrom(), f.yearTo()), f);

      UnitRanking units = new UnitRanking(g, "measure", UnitRanking.Order.RELEVANCE);
      var stored = g.searcher.storedFields();
      DraftTerms draft = DraftTerms.of(g.reader, g.indexAnalyzer, text, MAX_DOC_SHARE);
      FixedBitSet pastedUnits = pasted == null ? null : pastedUnits(g, filters, f, pasted, units);
      int end = r.page() * r.size();
      SimilarPasses.Lists lists =
          new SimilarPasses(g, units, pastedUnits, stored, draft, text, r.perSpeech(), ranking)
              .run(dd, end, passes);
      SimilarPasses.Listing counted = lists.counted();

      HitMapper mapper = new HitMapper(stored, new Snippets(g.indexAnalyzer, query));
      List<SearchResponse.Hit> hits = new ArrayList<>();
      List<SimilarRerank.Candidate> kept = lists.shown().kept();
      for (int i = end - r.size(); i < Math.min(kept.size(), end); i++) {
        SimilarRerank.Candidate c = SimilarRerank.explained(kept.get(i), stored, draft, ranking);
        hits.add(mapper.hit(c.entry().doc(), c.entry().score(), "similar", c.match().shared()));
      }
      FixedBitSet listedUnits = new FixedBitSet(units.keySpace());
      for (SimilarRerank.Candidate c : counted.kept()) listedUnits.set((int) c.entry().key());
      long total = counted.kept().size();
      var facets =
          new UnitFacets(g.keys.facetLabels(), units, true, listedUnits)
              .count(counted.docs().docs(), Schema.KIND_MEASURE, total);
      return new SearchResponse(
          total,
          counted.docs().complete() ? SearchResponse.EXACT : SearchResponse.AT_LEAST,
          0,
          r.page(),
          r.size(),
          "similar",
          hits,
          facets,
          null,
          g.name,
          (System.nanoTime() - t0) / 1_000_000,
          List.of());
    } finally {
      service.index().release(g);
    }
  }

  /**
   * The units with a document (passing the filters) whose text is the pasted text or one of its
   * paragraphs, wherever it ranks: they are left out with the rest of their unit.
   */
  private static FixedBitSet pastedUnits(
      IndexHandle.Generation g,
      Filters filters,
      SearchRequest f,
      LongHashSet pasted,
      UnitRanking units)
      throws IOException {
    Query same = NumericDocValuesField.newSlowSetQuery(Schema.TEXT_HASH, pasted.toArray());
    var dd = filters.drillDown(g, Filters.base(same, "measure", f.yearFrom(), f.yearTo()), f);
    FacetsCollector docs = g.searcher.search(dd, new FacetsCollectorManager(false));
    FixedBitSet out = new FixedBitSet(units.keySpace());
    units.visit(
        docs.getMatchingDocs(),
        false,
        false,
        false,
        null,
        (doc, key, score, value, speech, hash) -> out.set((int) key));
    return out;
  }

  /**
   * The draft's telling words (MoreLikeThis over the text field) and bigrams ({@link #bigramsLike},
   * at half weight) as one flat disjunction: Lucene's top-k skipping (block-max WAND, MaxScore)
   * bounds each clause by its own best score, which it cannot do through a disjunction nested in
   * another.
   */
  static Query like(IndexHandle.Generation g, String text) throws IOException {
    BooleanQuery.Builder like = new BooleanQuery.Builder();
    for (var c : mlt(g, Schema.TEXT, text, MAX_TERMS_WORDS).clauses()) like.add(c);
    for (var c : bigramsLike(g, text, MAX_TERMS_BIGRAMS).clauses()) like.add(c);
    return like.build();
  }

  /**
   * MoreLikeThis for bigrams, done here because a bigram lives in one of two fields (the bigram
   * field leaves out those that are SmartCN words, which the text field has): the text's most
   * telling bigrams by frequency times rarity, counted over both fields, with the same thresholds
   * as {@link #mlt}, each matched through {@link speechsearch.analysis.BigramField#gram}.
   */
  private static BooleanQuery bigramsLike(IndexHandle.Generation g, String text, int maxTerms)
      throws IOException {
    Map<String, Integer> freq = new HashMap<>();
    for (String t : SpeechAnalyzer.tokens(g.bigramAnalyzer, text)) {
      if (t.length() >= 2) freq.merge(t, 1, Integer::sum);
    }
    int docs = Math.max(1, g.reader.numDocs());
    long maxDocFreq = docs * 20L / 100;
    List<Map.Entry<String, Double>> scored = new ArrayList<>();
    for (Map.Entry<String, Integer> e : freq.entrySet()) {
      long df = Schema.BIGRAMS.unitsWith(g.reader, e.getKey());
      if (df == 0 || df > maxDocFreq) continue;
      double idf = 1 + Math.log((docs + 1.0) / (df + 1.0)); // as MoreLikeThis's similarity
      scored.add(Map.entry(e.getKey(), e.getValue() * idf));
    }
    scored.sort(Map.Entry.<String, Double>comparingByValue().reversed());
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    if (scored.isEmpty()) return b.build();
    double best = scored.get(0).getValue();
    for (Map.Entry<String, Double> e : scored.subList(0, Math.min(maxTerms, scored.size()))) {
      b.add(
          new BoostQuery(
              Schema.BIGRAMS.gram(g.reader, e.getKey()),
              BIGRAM_WEIGHT * (float) (e.getValue() / best)),
          Occur.SHOULD);
    }
    return b.build();
  }

  private static BooleanQuery mlt(IndexHandle.Generation g, String field, String text, int maxTerms)
      throws IOException {
    MoreLikeThis mlt = new MoreLikeThis(g.reader);
    mlt.setAnalyzer(g.indexAnalyzer);
    mlt.setFieldNames(new String[] {field});
    mlt.setMinTermFreq(1);
    mlt.setMinDocFreq(1);
    mlt.setMaxDocFreqPct(20);
    mlt.setMinWordLen(2);
    mlt.setMaxQueryTerms(maxTerms);
    mlt.setBoost(true);
    return (BooleanQuery) mlt.like(field, new StringReader(text));
  }
}
