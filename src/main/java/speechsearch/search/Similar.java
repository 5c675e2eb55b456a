package speechsearch.search;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import org.apache.lucene.document.Document;
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
 * without the pasted text itself, a text repeated in several speeches once; the total counts
 * exactly those, and they can be paged through.
 */
final class Similar {
  // a draft of up to 2,000 characters has a few dozen telling words; 30 and 40 left some out
  private static final int MAX_TERMS_WORDS = 60;
  private static final int MAX_TERMS_BIGRAMS = 80;

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
      SearchService service, Filters filters, SimilarRequest r, SimilarRanking ranking)
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
      BooleanQuery.Builder like = new BooleanQuery.Builder();
      like.add(mlt(g, Schema.TEXT, text, MAX_TERMS_WORDS), Occur.SHOULD);
      like.add(new BoostQuery(bigramsLike(g, text, MAX_TERMS_BIGRAMS), 0.5f), Occur.SHOULD);
      BooleanQuery.Builder q = new BooleanQuery.Builder().add(like.build(), Occur.MUST);
      // the unit itself, its other paragraphs and the rest of its speech
      if (excludeSpeech != null)
        q.add(new TermQuery(new Term(Schema.SPEECH_ID, excludeSpeech)), Occur.MUST_NOT);
      Query query = q.build();
      SearchRequest f = r.asFilters();
      var dd = filters.drillDown(g, Filters.base(query, "measure", f.yearFrom(), f.yearTo()), f);
      Matches m = Matches.of(g, g.similarSearcher, dd, false, true);

      UnitRanking units = new UnitRanking(g, "measure", UnitRanking.Order.RELEVANCE);
      UnitRanking.Options o = new UnitRanking.Options();
      o.minScore = best(m, g, text, ranking.nearCopy()) * FLOOR;
      o.withoutText = pasted;
      o.details = true;
      // a text that several speeches repeat word for word is shown once, at its best place
      List<UnitRanking.Entry> listed = new ArrayList<>();
      LongHashSet texts = new LongHashSet();
      for (UnitRanking.Entry e : units.rank(m.main().getMatchingDocs(), o).top()) {
        if (e.hash() != UnitRanking.NO_HASH && !texts.add(e.hash())) continue;
        listed.add(e);
      }
      // the second stage: copies and their speech out, one hit per speech (see SimilarRerank)
      var stored = g.searcher.storedFields();
      DraftTerms draft = DraftTerms.of(g.reader, g.indexAnalyzer, text, MAX_DOC_SHARE);
      List<SimilarRerank.Candidate> kept =
          SimilarRerank.rank(listed, stored, draft, text, r.perSpeech(), ranking);
      FixedBitSet shown = new FixedBitSet(units.keySpace());
      for (SimilarRerank.Candidate c : kept) shown.set((int) c.entry().key());
      HitMapper mapper = new HitMapper(stored, new Snippets(g.indexAnalyzer, query));
      List<SearchResponse.Hit> hits = new ArrayList<>();
      int from = (r.page() - 1) * r.size();
      for (int i = from; i < Math.min(kept.size(), from + r.size()); i++) {
        SimilarRerank.Candidate c = SimilarRerank.explained(kept.get(i), stored, draft, ranking);
        hits.add(mapper.hit(c.entry().doc(), c.entry().score(), "similar", c.match().shared()));
      }
      var facets =
          new UnitFacets(g.keys.facetLabels(), units, true, shown)
              .count(m.main(), null, null, Schema.KIND_MEASURE, kept.size());
      return new SearchResponse(
          kept.size(),
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

  /** How many of the best matches are read to find the best that is no copy of the draft. */
  private static final int COPIES_LOOKED_AT = 20;

  /**
   * The best score among the matches that are no copy of the draft ({@link SimilarRerank#isCopy}):
   * a measure pasted from the index matches itself and its own paragraphs far above anything else,
   * and a floor taken from their scores would leave out the comparable measures of other speeches
   * that the draft is looking for. The second stage leaves the copies out anyway.
   */
  private static float best(Matches m, IndexHandle.Generation g, String draft, float nearCopy)
      throws IOException {
    // the best scores with their documents (global numbers), best first
    PriorityQueue<float[]> top = new PriorityQueue<>((a, b) -> Float.compare(a[0], b[0]));
    for (var md : m.main().getMatchingDocs()) {
      float[] scores = md.scores();
      if (scores == null) continue;
      for (int doc = 0; doc < scores.length; doc++) { // by document number, 0 elsewhere
        if (scores[doc] <= 0) continue;
        if (top.size() < COPIES_LOOKED_AT)
          top.add(new float[] {scores[doc], md.context().docBase + doc});
        else if (scores[doc] > top.peek()[0]) {
          top.poll();
          top.add(new float[] {scores[doc], md.context().docBase + doc});
        }
      }
    }
    List<float[]> best = new ArrayList<>(top);
    best.sort((a, b) -> Float.compare(b[0], a[0]));
    Set<String> draftPairs = SimilarRerank.pairs(draft);
    var stored = g.searcher.storedFields();
    for (float[] e : best) {
      String t = stored.document((int) e[1]).get(Schema.TEXT);
      if (t == null || !SimilarRerank.isCopy(draftPairs, SimilarRerank.pairs(t), nearCopy)) {
        return e[0];
      }
    }
    // all of the best are copies: the floor follows the last of them
    return best.isEmpty() ? 0 : best.get(best.size() - 1)[0];
  }

  /**
   * MoreLikeThis for bigrams, done here because a bigram lives in one of two fields (the bigram
   * field leaves out those that are SmartCN words, which the text field has): the text's most
   * telling bigrams by frequency times rarity, counted over both fields, with the same thresholds
   * as {@link #mlt}, each matched through {@link speechsearch.analysis.BigramField#gram}.
   */
  private static Query bigramsLike(IndexHandle.Generation g, String text, int maxTerms)
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
          new BoostQuery(Schema.BIGRAMS.gram(e.getKey()), (float) (e.getValue() / best)),
          Occur.SHOULD);
    }
    return b.build();
  }

  private static Query mlt(IndexHandle.Generation g, String field, String text, int maxTerms)
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
    return mlt.like(field, new StringReader(text));
  }
}
