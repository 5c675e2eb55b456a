package speechsearch.index;

import java.util.List;
import speechsearch.speech.Cleaning;

/**
 * What a reindex did: files read, what was indexed, what was skipped and why, which speeches were
 * the same speech from two sources (indexed once, both sources recorded), and what became of the
 * speeches that {@code add} had put in the live generation from outside the sources, and which
 * files lost much of their text to cleaning. {@code reused} counts unchanged files whose parsed
 * tree was taken from the previous generation.
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
    List<Added> added,
    List<Cut> cut) {

  public record Skipped(String file, String reason) {}

  public record Duplicate(String kept, String alsoFrom) {}

  /** A speech added with {@code add} from outside the sources, and what this run did with it. */
  public record Added(String id, String file, String outcome) {}

  /**
   * A file whose cleaning removed more than {@link Cleaning#REPORTED} of its text: a page tail cut
   * early, or several texts joined in one file.
   */
  public record Cut(String file, Cleaning cleaning) {}

  public ReindexReport {
    skipped = List.copyOf(skipped);
    duplicates = List.copyOf(duplicates);
    added = List.copyOf(added);
    cut = List.copyOf(cut);
  }

  /** The files of these speeches whose cleaning removed enough to be reported. */
  static List<Cut> cut(List<ParsedSpeech> speeches) {
    List<Cut> out = new java.util.ArrayList<>();
    for (ParsedSpeech p : speeches) {
      Cleaning c = p.speech().cleaning();
      if (c != null && c.reported()) out.add(new Cut(p.file().toString(), c));
    }
    return out;
  }
}
