package speechsearch.speech;

/**
 * Classes that break the house layout on purpose, for {@code ArchitectureTest} to show that each of
 * its rules fails on them. Test classes are never part of the layout it checks.
 */
public final class ArchViolations {
  private ArchViolations() {}

  /**
   * The domain reaching into ingest: not plain Java, a later stage, and (with ingest's) a cycle.
   */
  public static final class SpeechReachesIngest {
    speechsearch.ingest.ArchViolations.IngestReachesSearch back;
  }
}
