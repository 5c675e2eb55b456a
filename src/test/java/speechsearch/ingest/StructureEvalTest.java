package speechsearch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import speechsearch.testing.Shared;
import speechsearch.testing.StructureScorer;

/** The evaluation kit's structure scorer on the dev gold set: paths F1 of at least 0.95. */
class StructureEvalTest {

  @Test
  void devGoldSetScoresAtLeastPointNineFivePathsF1(@TempDir Path out)
      throws IOException, InterruptedException {
    Path eval = Shared.require("eval");
    Path gold = eval.resolve("gold-dev");
    SpeechIngester ingester = SpeechIngester.withDefaults();
    try (var golds = Files.list(gold)) {
      for (Path g : golds.toList()) {
        String name = g.getFileName().toString().replace(".json", ".txt");
        Path input = Shared.dir().resolve("seeds").resolve(name);
        if (!Files.exists(input)) input = Shared.dir().resolve("corpus").resolve(name);
        Files.writeString(
            out.resolve(g.getFileName()),
            SpeechJson.pretty(ingester.ingest(input)),
            StandardCharsets.UTF_8);
      }
    }
    String report = StructureScorer.report(eval, gold, out);
    System.out.println(report);
    Matcher m = Pattern.compile("overall paths F1 ([0-9.]+)").matcher(report);
    assertTrue(m.find(), report);
    assertTrue(Double.parseDouble(m.group(1)) >= 0.95, report);
    Matcher meta =
        Pattern.compile("metadata correct: title (\\d+)/(\\d+), year (\\d+)/(\\d+)")
            .matcher(report);
    assertTrue(meta.find(), report);
    assertEquals(meta.group(2), meta.group(1), "titles: " + report);
    assertEquals(meta.group(4), meta.group(3), "years: " + report);
  }
}
