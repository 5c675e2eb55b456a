package speechsearch.search;

import java.io.IOException;
import org.apache.lucene.document.Document;

/**
 * Units of a page as hits: the best document of each, highlighted with the words of its level (a
 * full match marks every word, a partial one the words it has), shaped as its scope's result.
 */
final class Hits {
  private final IndexHandle.Generation g;
  private final String scope;
  private final Units units;
  private final QueryFactory factory;
  private final QuerySyntax.And parsed;
  private final boolean snippets;
  private HitMapper full;
  private HitMapper partial;

  Hits(
      IndexHandle.Generation g,
      String scope,
      Units units,
      QueryFactory factory,
      QuerySyntax.And parsed,
      boolean snippets) {
    this.g = g;
    this.snippets = snippets;
    this.scope = scope;
    this.units = units;
    this.factory = factory;
    this.parsed = parsed;
  }

  SearchResponse.Hit hit(UnitRanking.Entry e, boolean isPartial) throws IOException {
    HitMapper mapper = isPartial ? partial() : full();
    SearchResponse.Hit part = mapper.hit(e.doc(), e.score(), isPartial ? "partial" : "all");
    // a section's hit needs the id of the section its best part belongs to
    Document doc = "section".equals(scope) ? mapper.document(e.doc()) : null;
    return Grouping.shape(scope, part, doc, units, g);
  }

  private HitMapper full() throws IOException {
    if (full == null) full = mapper(QueryFactory.Level.ALL);
    return full;
  }

  private HitMapper partial() throws IOException {
    if (partial == null) partial = mapper(QueryFactory.Level.ANY);
    return partial;
  }

  private HitMapper mapper(QueryFactory.Level level) throws IOException {
    return new HitMapper(
        g.searcher.storedFields(),
        snippets ? new Snippets(g.indexAnalyzer, factory.forHighlighting(parsed, level)) : null);
  }
}
