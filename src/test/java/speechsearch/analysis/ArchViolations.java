package speechsearch.analysis;

/** Classes that break the house layout on purpose (see {@code speechsearch.ArchitectureTest}). */
final class ArchViolations {
  private ArchViolations() {}

  /** The analyzer definition leaning on ingest's rules. */
  static final class AnalysisUsesIngest {
    speechsearch.ingest.ArchViolations.IngestReachesSearch ingest;
  }
}
