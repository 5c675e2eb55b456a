package speechsearch.ingest.clean;

/**
 * Classes that break ingest's step order on purpose (see {@code speechsearch.ArchitectureTest}).
 */
public final class ArchViolations {
  private ArchViolations() {}

  /** Cleaning that asks the parser, a later step. */
  static final class CleanAsksParser {
    speechsearch.ingest.parse.SpeechParser parser;
  }
}
