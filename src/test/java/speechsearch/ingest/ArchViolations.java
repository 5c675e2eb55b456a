package speechsearch.ingest;

/** Classes that break the house layout on purpose (see {@code speechsearch.ArchitectureTest}). */
public final class ArchViolations {
  private ArchViolations() {}

  /** ingest importing a later stage, Lucene, and the domain (which imports it back: a cycle). */
  public static final class IngestReachesSearch {
    speechsearch.search.QueryException later;
    org.apache.lucene.index.Term lucene;
    speechsearch.speech.ArchViolations.SpeechReachesIngest domain;
  }

  /** Printing, exiting and starting a server below cli. */
  static final class IngestPrintsAndExits {
    void report(Exception e) {
      System.out.println("done");
      System.err.println("failed");
      e.printStackTrace();
      System.exit(1);
    }

    io.javalin.Javalin server;
    picocli.CommandLine commands;
  }
}
