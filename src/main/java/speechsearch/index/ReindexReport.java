package speechsearch.index;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import speechsearch.speech.Cleaning;

/**
 * What a reindex did: files read, what was indexed, what was skipped and why, which speeches were
 * the same speech from two sources (indexed once, both sources recorded), and what became of the
 * speeches that {@code add} had put in the live generation from outside the sources, and which
 * files lost much of their text to cleaning. {@code reused} counts unchanged files whose parsed
 * tree was taken from the previous generation. {@code untitled} lists the speeches indexed without
 * a title: pages with no title line, or with nothing left after the site's chrome was removed; they
 * are indexed, never a failure.
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
    List<Cut> cut,
    List<Untitled> untitled) {

  public record Skipped(String file, String reason) {
    private static final Logger LOG = LoggerFactory.getLogger(Skipped.class);

    /**
     * A file whose parsing failed: plainly when it vanished or cannot be read; any other failure is
     * a fault of the program, logged once with its stack trace under the error id the reason shows.
     */
    static Skipped failed(Path file, Throwable e) {
      if (e instanceof NoSuchFileException) {
        return new Skipped(
            file.toString(),
            "the file disappeared during the run (it was listed, then was not there)");
      }
      if (e instanceof IOException) return new Skipped(file.toString(), Reindexer.describe(e));
      String id = ErrorIds.next();
      LOG.error("error {}: parsing {} failed", id, file, e);
      return new Skipped(
          file.toString(),
          Reindexer.describe(e) + " (error id " + id + ", stack trace in the log)");
    }
  }

  public record Untitled(String file, String reason) {}

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
    untitled = List.copyOf(untitled);
  }

  /** The files of these speeches whose cleaning removed enough to be reported. */
  static List<Cut> cut(List<ParsedSpeech> speeches) {
    List<Cut> out = new java.util.ArrayList<>();
    for (ParsedSpeech p : speeches) {
      Cleaning c = p.facts().cleaning();
      if (c != null && c.reported()) out.add(new Cut(p.file().toString(), c));
    }
    return out;
  }
}
