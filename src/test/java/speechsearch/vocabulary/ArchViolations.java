package speechsearch.vocabulary;

/** Classes that break the house layout on purpose (see {@code speechsearch.ArchitectureTest}). */
final class ArchViolations {
  private ArchViolations() {}

  /** A vocabulary leaning on ingest, the stage after it. */
  static final class VocabularyReachesIngest {
    speechsearch.ingest.ArchViolations.IngestReachesSearch later;
  }
}
