package speechsearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import speechsearch.analysis.TokenizerChoice;
import speechsearch.ingest.SpeechIngester;
import speechsearch.ingest.read.UnreadableFileException;
import speechsearch.testing.SmallIndex;

/**
 * The reindex's own failures keep their stack traces: logged once, under an error id that the
 * report (or the log line itself) names, while the rebuild goes on.
 */
class FailureLogTest {
  private static final Pattern ID = Pattern.compile("error ([0-9a-f]{8})");

  /** What the logger writes to standard error while {@code r} runs. */
  private static String logOf(ThrowingRunnable r) throws Exception {
    PrintStream saved = System.err;
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    try {
      System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
      r.run();
    } finally {
      System.setErr(saved);
    }
    return log.toString(StandardCharsets.UTF_8);
  }

  @FunctionalInterface
  interface ThrowingRunnable {
    void run() throws Exception;
  }

  @Test
  void aFileSkippedForAFaultOfTheParserNamesTheLoggedStackTrace() throws Exception {
    String[] reason = new String[1];
    String log =
        logOf(
            () ->
                reason[0] =
                    ReindexReport.Skipped.failed(Path.of("a.txt"), new NullPointerException("x"))
                        .reason());
    Matcher m = Pattern.compile("error id ([0-9a-f]{8})").matcher(reason[0]);
    assertTrue(m.find(), reason[0]);
    assertTrue(log.contains("error " + m.group(1) + ": parsing a.txt failed"), log);
    assertTrue(log.contains("java.lang.NullPointerException: x") && log.contains("\tat "), log);
    // an unreadable file is explained by its reason: nothing to debug, nothing logged
    String quiet =
        logOf(
            () ->
                assertEquals(
                    "not valid UTF-8",
                    ReindexReport.Skipped.failed(
                            Path.of("a.txt"),
                            new UnreadableFileException(Path.of("a.txt"), "not valid UTF-8"))
                        .reason()));
    assertEquals("", quiet);
  }

  @Test
  void aLiveGenerationWhoseTreesCannotBeReadIsLoggedAndRebuiltFromTheFiles(@TempDir Path dir)
      throws Exception {
    SmallIndex.build(dir).close();
    IndexLayout layout = new IndexLayout(dir.resolve("index"));
    Path live = layout.current().orElseThrow();
    try (Stream<Path> files = Files.list(live)) {
      for (Path f : files.filter(p -> p.getFileName().toString().startsWith("segments")).toList()) {
        Files.delete(f); // the live generation can no longer be opened
      }
    }
    ReindexReport[] report = new ReindexReport[1];
    String log =
        logOf(
            () ->
                report[0] =
                    new Reindexer(SpeechIngester.withDefaults(), TokenizerChoice.FAST, 1)
                        .reindex(
                            List.of(dir.resolve("speeches")), layout, Reindexer.Progress.NONE));
    assertEquals(4, report[0].speeches(), "rebuilt from the files");
    assertEquals(0, report[0].reused());
    Matcher m = ID.matcher(log);
    assertTrue(m.find(), log);
    assertTrue(log.contains("parsed trees cannot be read"), log);
    assertTrue(log.contains("\tat "), "with its stack trace: " + log);
  }
}
