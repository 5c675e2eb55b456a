package speechsearch.search;

import java.io.IOException;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import speechsearch.index.Schema;

/**
 * What a generation keeps to count and order units: the global ordinals of the keys that gather its
 * documents into results (a measure's unit key, a section id, a speech id), of its titles'
 * collation keys (for sorting by title), and the labels of its facet values. Built once when the
 * generation opens.
 */
record UnitKeys(
    GlobalOrds units,
    GlobalOrds sections,
    GlobalOrds speeches,
    GlobalOrds titles,
    FacetLabels facetLabels) {

  static UnitKeys of(DirectoryReader reader, SortedSetDocValuesReaderState facets)
      throws IOException {
    return new UnitKeys(
        new GlobalOrds(reader, Schema.UNIT_KEY),
        new GlobalOrds(reader, Schema.SECTION_ID),
        new GlobalOrds(reader, Schema.SPEECH_ID),
        new GlobalOrds(reader, Schema.TITLE_SORT),
        new FacetLabels(facets));
  }

  /** The key that gathers a scope's documents into its results. */
  GlobalOrds forScope(String scope) {
    return switch (scope) {
      case "section" -> sections;
      case "speech" -> speeches;
      default -> units;
    };
  }
}
