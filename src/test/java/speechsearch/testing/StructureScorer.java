package speechsearch.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Runs the evaluation kit's structure scorer over a gold folder and a folder of parses. */
public final class StructureScorer {
  private StructureScorer() {}

  /**
   * The scorer's report; the calling test is skipped where python3 is missing and fails where the
   * scorer exits with an error.
   */
  public static String report(Path eval, Path gold, Path parses)
      throws IOException, InterruptedException {
    Process p;
    try {
      p =
          new ProcessBuilder(
                  "python3",
                  eval.resolve("score_structure.py").toString(),
                  gold.toString(),
                  parses.toString())
              .redirectErrorStream(true)
              .start();
    } catch (IOException e) {
      Assumptions.abort("skipped: python3 is not installed to run the scorer");
      throw e; // not reached: abort throws
    }
    String report = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), report);
    return report;
  }
}
