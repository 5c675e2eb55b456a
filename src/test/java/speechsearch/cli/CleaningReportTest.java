package speechsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import speechsearch.testing.SyntheticSpeeches;

/**
 * A file of which cleaning removed most of the text (here: the seed pages joined into one file, 1
 * MB, where the first page's tail rule cuts all the others) is named by the reindex report, with
 * the rule, on every reindex, and by add and parse.
 */
class CleaningReportTest {
  @TempDir Path dir;

  private Path joinedSeeds(Path folder, boolean reversed) throws Exception {
    StringBuilder one = new StringBuilder();
    try (Stream<Path> seeds = Files.list(Path.of("src/test/resources/seeds"))) {
      List<Path> all = new java.util.ArrayList<>(seeds.sorted().toList());
      if (reversed) java.util.Collections.reverse(all);
      for (Path seed : all) one.append(Files.readString(seed, StandardCharsets.UTF_8)).append('\n');
    }
    Path joined = Files.createDirectories(folder).resolve("joined.txt");
    Files.writeString(joined, one.toString().repeat(6), StandardCharsets.UTF_8);
    return joined;
  }

  @Test
  void theReindexReportNamesTheFileAndTheRule() throws Exception {
    Path src = dir.resolve("src");
    Path joined = joinedSeeds(src, false);
    SyntheticSpeeches.write(src, 0, 2);
    String index = dir.resolve("index").toString();
    for (int run = 0; run < 2; run++) { // the second reuses the parsed trees and still says it
      Cli.Run r = Cli.run("reindex", "--source", src.toString(), "--index", index);
      assertEquals(0, r.code(), r.toString());
      assertTrue(
          r.out().contains("  cut by cleaning 1 (more than 30% of a file's text removed)\n"),
          r.out());
      String line =
          r.out().lines().filter(l -> l.contains(joined.toString() + ": ")).findFirst().orElse("");
      assertTrue(
          line.matches(
              "    .*joined\\.txt: 9[\\d.]+% of the text removed, most by the page-tail rule .*"),
          r.out());
      assertFalse(r.out().contains("s00.txt: "), r.out());
    }

    // the same pages joined in the other order: another speech, cut as badly
    Path other = joinedSeeds(dir.resolve("other"), true);
    Cli.Run add = Cli.run("add", "--index", index, other.toString());
    assertEquals(0, add.code(), add.toString());
    assertTrue(add.out().contains("  cut by cleaning 1 "), add.toString());
    assertTrue(add.out().contains(other + ": "), add.toString());

    Cli.Run parse = Cli.run("parse", "--outline", joined.toString());
    assertEquals(0, parse.code(), parse.toString());
    assertTrue(parse.err().contains(joined + ": 9"), parse.err());
  }
}
