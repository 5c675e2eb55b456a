package speechsearch.web;

/** Classes that break the house layout on purpose (see {@code speechsearch.ArchitectureTest}). */
final class ArchViolations {
  private ArchViolations() {}

  /** The web layer holding a Lucene query. */
  static final class WebUsesLucene {
    org.apache.lucene.search.Query query;
  }
}
