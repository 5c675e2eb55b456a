package speechsearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.internal.hppc.LongHashSet;
import org.apache.lucene.util.FixedBitSet;

/**
 * Similar measures listed from top-k passes of growing k ({@link SimilarDocs}): each pass gives an
 * exact beginning of the list, and passes go on until that beginning holds the first {@link
 * SimilarRanking#candidates} listed units (among which copies of the draft are looked for, so that
 * the second stage leaves out the same ones as it would over every match) and the requested page,
 * or until it is the whole list. Past {@link Sizes#maxK} documents a pass collects every document
 * at or above the floor.
 *
 * @param pasted units left out (those of the pasted text), or null
 */
record SimilarPasses(
    IndexHandle.Generation g,
    UnitRanking units,
    FixedBitSet pasted,
    StoredFields stored,
    DraftTerms draft,
    String text,
    int perSpeech,
    SimilarRanking ranking) {
  /**
   * How many of the best documents the first pass reads, and the most a top-k pass reads.
   *
   * @param firstK the first pass's k; each further pass reads 4 times as many
   * @param maxK beyond this many, a pass reads every document at or above the floor
   */
  record Sizes(int firstK, int maxK) {
    /**
     * A drafted paragraph wants a page of measures from different speeches and texts, and the first
     * 100 listed units must be known to leave out copies; in the 1M-measure benchmark index, where
     * each text recurs in about 100 synthetic speeches, 4,096 documents give that for most drafts:
     * 50 drafts × 10 there, one run (load 5–8), p50/p99 57/209 ms with 4,096 against 83/484 ms with
     * 1,024 (a second pass for most drafts) and 108/537 ms with 16,384. Past 65,536 a pass collects
     * every document at or above the floor, telling the scorer the floor (a bound on the top-k
     * queue, not tuned).
     */
    static final Sizes DEFAULT = new Sizes(4_096, 65_536);
  }

  /**
   * The units of one pass: its documents, how many units it listed, those the second stage kept.
   */
  record Listing(SimilarDocs docs, int listed, List<SimilarRerank.Candidate> kept) {}

  /**
   * The pass the total and the facets come from (the first that knows the copies: the same whatever
   * the page and its size) and the pass the page comes from (that one or a deeper one).
   */
  record Lists(Listing counted, Listing shown) {}

  /** Passes over {@code query} until the list is known down to its {@code end}-th unit. */
  Lists run(DrillDownQuery query, int end, Sizes sizes) throws IOException {
    Set<String> draftPairs = SimilarRerank.pairs(text);
    Listing counted = null;
    Float floor = null;
    for (long k = sizes.firstK(); ; k *= 4) {
      SimilarDocs docs =
          k <= sizes.maxK()
              ? SimilarDocs.best(
                  g, g.similarSearcher, query, (int) k, draftPairs, ranking.nearCopy())
              : floor == null
                  ? SimilarDocs.all(g, g.similarSearcher, query, draftPairs, ranking.nearCopy())
                  : SimilarDocs.all(g.similarSearcher, query, floor);
      floor = docs.floor();
      Listing l = list(docs);
      if (counted == null && (docs.complete() || l.listed() >= ranking.candidates())) counted = l;
      if (counted != null && (docs.complete() || l.kept().size() >= end)) {
        return new Lists(counted, l);
      }
    }
  }

  /** Lists the units of a pass's documents and runs the second stage over them. */
  private Listing list(SimilarDocs docs) throws IOException {
    UnitRanking.Options o = new UnitRanking.Options();
    o.minScore = docs.floor();
    o.skip = pasted;
    o.details = true;
    // a text that several speeches repeat word for word is shown once, at its best place
    List<UnitRanking.Entry> listed = new ArrayList<>();
    LongHashSet texts = new LongHashSet();
    for (UnitRanking.Entry e : units.rank(docs.docs(), o).top()) {
      if (e.hash() != UnitRanking.NO_HASH && !texts.add(e.hash())) continue;
      listed.add(e);
    }
    // the second stage: copies and their speech out, one hit per speech (see SimilarRerank)
    return new Listing(
        docs, listed.size(), SimilarRerank.rank(listed, stored, draft, text, perSpeech, ranking));
  }
}
