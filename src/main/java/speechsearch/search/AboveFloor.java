package speechsearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.facet.FacetsCollector.MatchingDocs;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.BitDocIdSet;
import org.apache.lucene.util.FixedBitSet;

/**
 * Every document a query matches with a score of at least a floor, with its score, in the form
 * Lucene's facets collector gives (a score at its document number). The scorer is told the floor as
 * its minimum competitive score, as a top-k collector tells it the k-th best: Lucene then skips the
 * blocks and the documents whose terms cannot add up to the floor (block-max WAND, MaxScore)
 * instead of scoring every document that shares one word with a long like-this query.
 */
final class AboveFloor implements CollectorManager<AboveFloor.Leaves, List<MatchingDocs>> {
  private final float floor;

  private AboveFloor(float floor) {
    this.floor = floor;
  }

  /** The documents {@code query} matches scoring at least {@code floor}, segment by segment. */
  static List<MatchingDocs> search(IndexSearcher searcher, Query query, float floor)
      throws IOException {
    return searcher.search(query, new AboveFloor(floor));
  }

  @Override
  public Leaves newCollector() {
    return new Leaves();
  }

  @Override
  public List<MatchingDocs> reduce(Collection<Leaves> collectors) {
    List<MatchingDocs> out = new ArrayList<>();
    for (Leaves c : collectors) out.addAll(c.done);
    out.sort((a, b) -> Integer.compare(a.context().docBase, b.context().docBase));
    return out;
  }

  /** One collector's segments. */
  final class Leaves implements Collector {
    private final List<MatchingDocs> done = new ArrayList<>();

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.TOP_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext ctx) {
      int maxDoc = ctx.reader().maxDoc();
      return new LeafCollector() {
        private Scorable scorer;
        private FixedBitSet bits;
        private float[] scores;
        private int count;

        @Override
        public void setScorer(Scorable s) throws IOException {
          scorer = s;
          s.setMinCompetitiveScore(floor);
        }

        @Override
        public void collect(int doc) throws IOException {
          // the scorer may still hand over a document under the floor: it skips only what it can
          float score = scorer.score();
          if (score < floor) return;
          if (bits == null) {
            bits = new FixedBitSet(maxDoc);
            scores = new float[maxDoc];
          }
          bits.set(doc);
          scores[doc] = score;
          count++;
        }

        @Override
        public void finish() {
          if (count > 0)
            done.add(new MatchingDocs(ctx, new BitDocIdSet(bits, count), count, scores));
        }
      };
    }
  }
}
