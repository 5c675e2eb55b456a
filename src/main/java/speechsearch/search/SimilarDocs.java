package speechsearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.lucene.facet.FacetsCollector.MatchingDocs;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.util.BitDocIdSet;
import org.apache.lucene.util.FixedBitSet;
import speechsearch.index.Schema;

/**
 * The documents of the first stage of similar measures: the best {@code k} by score, found with
 * Lucene's top-k machinery (it skips the blocks and documents that cannot make the k best, where
 * scoring every document that shares one word with a like-this query of some 140 terms cost most of
 * the time), and of those the ones scoring at least the list's floor. Units ranked by their best
 * document are then an exact beginning of the list that scoring every document would give: a unit
 * whose best document is not among the k best ranks after all of those that are. When the k-th
 * document already scores under the floor, or fewer than k match, they are the whole list.
 *
 * @param docs the documents at or above the floor, as Lucene's facets collector gives them
 * @param floor the floor: {@link Similar#FLOOR} of the best score that is no copy of the draft
 * @param complete whether these are all the documents at or above the floor
 */
record SimilarDocs(List<MatchingDocs> docs, float floor, boolean complete) {

  /** How many of the best documents are read to find the best that is no copy of the draft. */
  static final int COPIES_LOOKED_AT = 20;

  /** The best {@code k} documents of {@code query}, those at or above the floor. */
  static SimilarDocs best(
      IndexHandle.Generation g,
      IndexSearcher searcher,
      Query query,
      int k,
      Set<String> draftPairs,
      float nearCopy)
      throws IOException {
    TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(k, k));
    ScoreDoc[] hits = top.scoreDocs;
    float floor = bestOtherThanCopies(g, hits, draftPairs, nearCopy) * Similar.FLOOR;
    int above = 0;
    while (above < hits.length && hits[above].score >= floor) above++;
    boolean complete = hits.length < k || hits[k - 1].score < floor;
    return new SimilarDocs(matching(g, Arrays.copyOf(hits, above)), floor, complete);
  }

  /**
   * Every document of {@code query} at or above {@code floor}: the whole list, for pages deeper
   * than the top-k passes reach.
   */
  static SimilarDocs all(IndexSearcher searcher, Query query, float floor) throws IOException {
    return new SimilarDocs(AboveFloor.search(searcher, query, floor), floor, true);
  }

  /** The same, finding the floor first from the best {@link #COPIES_LOOKED_AT} documents. */
  static SimilarDocs all(
      IndexHandle.Generation g,
      IndexSearcher searcher,
      Query query,
      Set<String> draftPairs,
      float nearCopy)
      throws IOException {
    return all(
        searcher, query, best(g, searcher, query, COPIES_LOOKED_AT, draftPairs, nearCopy).floor());
  }

  /**
   * The best score among the first documents that is no copy of the draft ({@link
   * SimilarRerank#isCopy}): a measure pasted from the index matches itself and its own paragraphs
   * far above anything else, and a floor taken from their scores would leave out the comparable
   * measures of other speeches that the draft is looking for. The second stage leaves the copies
   * out anyway.
   */
  private static float bestOtherThanCopies(
      IndexHandle.Generation g, ScoreDoc[] hits, Set<String> draftPairs, float nearCopy)
      throws IOException {
    var stored = g.searcher.storedFields();
    int n = Math.min(COPIES_LOOKED_AT, hits.length);
    for (int i = 0; i < n; i++) {
      String t = stored.document(hits[i].doc).get(Schema.TEXT);
      if (t == null || !SimilarRerank.isCopy(draftPairs, SimilarRerank.pairs(t), nearCopy)) {
        return hits[i].score;
      }
    }
    // all of the best are copies: the floor follows the last of them
    return n == 0 ? 0 : hits[n - 1].score;
  }

  /** Hits (global numbers) as per-segment matching documents with each score at its number. */
  private static List<MatchingDocs> matching(IndexHandle.Generation g, ScoreDoc[] hits) {
    List<LeafReaderContext> leaves = g.reader.leaves();
    FixedBitSet[] bits = new FixedBitSet[leaves.size()];
    float[][] scores = new float[leaves.size()][];
    int[] counts = new int[leaves.size()];
    for (ScoreDoc h : hits) {
      int leaf = ReaderUtil.subIndex(h.doc, leaves);
      LeafReaderContext ctx = leaves.get(leaf);
      if (bits[leaf] == null) {
        bits[leaf] = new FixedBitSet(ctx.reader().maxDoc());
        scores[leaf] = new float[ctx.reader().maxDoc()];
      }
      int doc = h.doc - ctx.docBase;
      bits[leaf].set(doc);
      scores[leaf][doc] = h.score;
      counts[leaf]++;
    }
    List<MatchingDocs> out = new ArrayList<>();
    for (int i = 0; i < leaves.size(); i++) {
      if (bits[i] == null) continue;
      out.add(
          new MatchingDocs(
              leaves.get(i), new BitDocIdSet(bits[i], counts[i]), counts[i], scores[i]));
    }
    return out;
  }
}
