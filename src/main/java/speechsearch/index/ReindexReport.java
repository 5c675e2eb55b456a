package speechsearch.index;

import java.util.List;

/**
 * What a reindex did: files read, what was indexed, what was skipped and why, which speeches were
 * the same speech from two sources (indexed once, both sources recorded), and what became of the
 * speeches that {@code add} had put in the live generation from outside the sources. {@code reused}
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
    List<Duplicate> duplicates,
    List<Added> added) {

  public record Skipped(String file, String reason) {}

  public record Duplicate(String kept, String alsoFrom) {}

  /** A speech added with {@code add} from outside the sources, and what this run did with it. */
  public record Added(String id, String file, String outcome) {}

  public ReindexReport {
    skipped = List.copyOf(skipped);
    duplicates = List.copyOf(duplicates);
    added = List.copyOf(added);
  }
}
