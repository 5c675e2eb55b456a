package speechsearch.index;

import java.util.List;

/**
 * What a reindex did: files read, what was indexed, what was skipped and why, and which speeches
 * were the same speech from two sources (indexed once, both sources recorded). {@code reused}
 * counts unchanged files whose parsed tree was taken from the previous generation.
 */
public record ReindexReport(
    String generation,
    int filesRead,
    int speeches,
    int sections,
    int measures,
    int documents,
    long sourceBytes,
    double seconds,
    int glossaryTerms,
    int reused,
    List<Skipped> skipped,
    List<Duplicate> duplicates) {

  public record Skipped(String file, String reason) {}

  public record Duplicate(String kept, String alsoFrom) {}

  public ReindexReport {
    skipped = List.copyOf(skipped);
    duplicates = List.copyOf(duplicates);
  }
}
