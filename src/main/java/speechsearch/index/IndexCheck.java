package speechsearch.index;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.NoLockFactory;
import speechsearch.analysis.Glossary;

/**
 * Lucene's CheckIndex over one generation, plus what only this project knows: the generation's
 * {@code generation.json} and glossary are there, and the index holds the document count the
 * generation recorded when it was verified. Read-only: the generation is opened without a lock, so
 * a live generation can be checked while a server searches it.
 */
public final class IndexCheck {
  private IndexCheck() {}

  /**
   * The outcome for one generation.
   *
   * @param problems what is wrong, one line each; empty when the generation is sound
   */
  public record Result(
      Path generation,
      List<String> problems,
      int documents,
      int segments,
      double megabytes,
      double seconds) {
    public Result {
      problems = List.copyOf(problems);
    }

    public boolean clean() {
      return problems.isEmpty();
    }

    public String name() {
      return generation.getFileName().toString();
    }
  }

  /**
   * Checks a generation. {@code fast} verifies every file's checksum only (reads each byte once);
   * otherwise every structure is decoded and cross-checked as well (Lucene's default level). {@code
   * details}, when not null, receives CheckIndex's own report.
   */
  public static Result check(Path gen, boolean fast, PrintStream details) throws IOException {
    long t0 = System.nanoTime();
    List<String> problems = new ArrayList<>();
    GenerationInfo info = null;
    try {
      info = GenerationInfo.read(gen);
    } catch (IOException e) {
      problems.add(
          GenerationInfo.FILE_NAME + " is missing or unreadable: " + Reindexer.describe(e));
    }
    if (!Files.exists(gen.resolve(Glossary.FILE_NAME))) {
      problems.add(Glossary.FILE_NAME + " is missing");
    }
    int documents = 0;
    int segments = 0;
    double mb = 0;
    try (Directory dir = FSDirectory.open(gen, NoLockFactory.INSTANCE);
        CheckIndex check = new CheckIndex(dir, NoLockFactory.INSTANCE.obtainLock(dir, "check"))) {
      check.setLevel(
          fast
              ? CheckIndex.Level.MIN_LEVEL_FOR_CHECKSUM_CHECKS
              : CheckIndex.Level.MIN_LEVEL_FOR_INTEGRITY_CHECKS);
      check.setInfoStream(details, details != null);
      CheckIndex.Status status = check.checkIndex();
      segments = status.numSegments;
      if (status.missingSegments) {
        problems.add("no readable segments file: the Lucene index cannot be opened");
      } else if (status.toolOutOfDate) {
        problems.add("written by a newer Lucene than this program's");
      }
      for (CheckIndex.Status.SegmentInfoStatus s : status.segmentInfos) {
        mb += s.sizeMB;
        if (s.error != null) problems.add("segment " + s.name + ": " + message(s.error));
      }
      if (!status.clean && problems.isEmpty()) problems.add("CheckIndex reports the index unclean");
      if (status.clean) {
        try (DirectoryReader r = DirectoryReader.open(dir)) {
          documents = r.numDocs();
        }
        if (info != null && documents != info.documents()) {
          problems.add(
              documents
                  + " documents, but "
                  + GenerationInfo.FILE_NAME
                  + " records "
                  + info.documents());
        }
      }
    } catch (IOException | RuntimeException e) {
      problems.add("the Lucene index cannot be read: " + message(e));
    }
    return new Result(gen, problems, documents, segments, mb, (System.nanoTime() - t0) / 1e9);
  }

  /** The exception's message and its causes', without class names where a message says it. */
  static String message(Throwable e) {
    StringBuilder sb = new StringBuilder(Reindexer.describe(e));
    for (Throwable c = e.getCause(); c != null && c != e; c = c.getCause()) {
      String m = Reindexer.describe(c);
      if (!sb.toString().contains(m)) sb.append(" (").append(m).append(')');
    }
    return sb.toString();
  }
}
