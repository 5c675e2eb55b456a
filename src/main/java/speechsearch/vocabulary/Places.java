package speechsearch.vocabulary;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import speechsearch.speech.Region;

/**
 * The places a filter can name, and where a region files in the region facet. Ingest's resolver
 * (built on the gazetteer) answers the lookups; search and export resolve filter values through
 * this entry point only.
 */
public interface Places {
  /** A province, city or county by full name or common short form (安徽, 长沙), with its parents. */
  Optional<Region> lookupName(String name);

  /** province > city > county, as far as known; {@link Levels#UNKNOWN} when no province is. */
  static String[] facetPath(Region r) {
    if (r.province() == null) return new String[] {Levels.UNKNOWN};
    List<String> p = new ArrayList<>();
    p.add(r.province());
    if (r.city() != null && !r.city().equals(r.province())) p.add(r.city());
    if (r.county() != null) p.add(r.county());
    return p.toArray(String[]::new);
  }
}
