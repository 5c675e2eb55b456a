package speechsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import speechsearch.index.GenerationInfo;
import speechsearch.index.IndexLayout;
import speechsearch.testing.SyntheticSpeeches;

/**
 * {@code reindex}, {@code add}, {@code parse} and {@code export} where they guard what they read
 * and write: the shrink limit, speeches added from outside the sources, duplicates at add, symbolic
 * links out of a source folder, and the output folder of an export.
 */
class WriterCommandsTest {
  @TempDir Path dir;

  private String index() {
    return dir.resolve("index").toString();
  }

  private Cli.Run reindex(String... more) {
    List<String> args =
        new java.util.ArrayList<>(List.of("reindex", "--index", index(), "--threads", "1"));
    args.addAll(List.of(more));
    return Cli.run(args.toArray(String[]::new));
  }

  private int liveSpeeches() throws Exception {
    return GenerationInfo.read(new IndexLayout(dir.resolve("index")).current().orElseThrow())
        .speeches();
  }

  @Test
  void aReindexThatWouldLoseMoreThanTheLimitFailsAndListsWhatItSkipped() throws Exception {
    Path src = dir.resolve("src");
    List<Path> files = SyntheticSpeeches.write(src, 0, 5);
    assertEquals(0, reindex("--source", src.toString()).code());
    for (Path f : files.subList(0, 3)) Files.delete(f);
    Files.write(
        src.resolve("broken.txt"), new byte[] {(byte) 0xff, (byte) 0xfe, 0x00, (byte) 0xd8, 0x41});

    Cli.Run refused = reindex("--source", src.toString());
    assertEquals(1, refused.code(), refused.toString());
    assertTrue(
        refused.out().contains("  skipped         1\n    " + src.resolve("broken.txt") + ": "),
        refused.out());
    assertTrue(
        refused
            .err()
            .contains(
                "reindex: the new generation would hold 2 speeches where the live gen-000001 holds 5: 3 fewer (60%), more than the 20% a run may lose."),
        refused.err());
    assertTrue(refused.err().contains("--allow-shrink"), refused.err());
    assertEquals(5, liveSpeeches());

    assertEquals(1, reindex("--source", src.toString(), "--max-shrink", "50").code());
    Cli.Run limit = reindex("--source", src.toString(), "--max-shrink", "60");
    assertEquals(0, limit.code(), limit.toString());
    assertEquals(2, liveSpeeches());

    Cli.Run bad = reindex("--source", src.toString(), "--max-shrink", "120");
    assertEquals(2, bad.code(), bad.toString());
    assertTrue(bad.err().contains("--max-shrink must be a percentage"), bad.err());
  }

  @Test
  void allowShrinkLetsADeliberateCleanupThrough() throws Exception {
    Path src = dir.resolve("src");
    List<Path> files = SyntheticSpeeches.write(src, 0, 5);
    assertEquals(0, reindex("--source", src.toString()).code());
    for (Path f : files.subList(1, 5)) Files.delete(f);
    Cli.Run r = reindex("--source", src.toString(), "--allow-shrink");
    assertEquals(0, r.code(), r.toString());
    assertTrue(r.out().contains("  speeches        1\n"), r.out());
    assertEquals(1, liveSpeeches());
  }

  @Test
  void addMergesACopyAndReindexReportsWhatWasAddedFromOutside() throws Exception {
    Path src = dir.resolve("src");
    SyntheticSpeeches.write(src, 0, 3);
    assertEquals(0, reindex("--source", src.toString()).code());
    Path outside = SyntheticSpeeches.write(dir.resolve("outside"), 8, 1).get(0);
    Path copy = dir.resolve("outside/copy.txt");
    Files.copy(src.resolve("s02.txt"), copy);

    Cli.Run add = Cli.run("add", "--index", index(), outside.toString(), copy.toString());
    assertEquals(0, add.code(), add.toString());
    assertTrue(add.out().contains("  added or replaced  1 [s08]\n"), add.out());
    assertTrue(
        add.out()
            .contains(
                "  duplicates         1 (indexed once, both files recorded)\n    "
                    + src.resolve("s02.txt")
                    + "  =  "
                    + copy
                    + "\n"),
        add.out());
    assertEquals(4, liveSpeeches());

    Cli.Run kept = reindex("--source", src.toString());
    assertEquals(0, kept.code(), kept.toString());
    assertTrue(
        kept.out()
            .contains(
                "  added with add  1 (from outside the sources)\n    s08 ("
                    + outside
                    + "): read again from its file\n"),
        kept.out());
    assertEquals(4, liveSpeeches());

    Cli.Run dropped = reindex("--source", src.toString(), "--drop-added");
    assertEquals(0, dropped.code(), dropped.toString());
    assertTrue(
        dropped.out().contains("    s08 (" + outside + "): dropped (--drop-added)\n"),
        dropped.out());
    assertEquals(3, liveSpeeches());
  }

  @Test
  void linksOutOfASourceFolderAreSkippedUnlessFollowed() throws Exception {
    Path src = dir.resolve("src");
    SyntheticSpeeches.write(src, 0, 3);
    Path elsewhere = SyntheticSpeeches.write(dir.resolve("elsewhere"), 5, 1).get(0);
    Path link = Files.createSymbolicLink(src.resolve("linked.txt"), elsewhere);

    Cli.Run r = reindex("--source", src.toString());
    assertEquals(0, r.code(), r.toString());
    assertTrue(
        r.out().contains("    " + link + ": a symbolic link that leads out of the source folder"),
        r.out());
    assertEquals(3, liveSpeeches());
    assertEquals(0, reindex("--source", src.toString(), "--follow-links").code());
    assertEquals(4, liveSpeeches());

    Cli.Run parse = Cli.run("parse", "--outline", src.toString());
    assertEquals(1, parse.code(), parse.toString());
    assertTrue(
        parse.err().contains("parse: " + link + ": a symbolic link that leads out"), parse.err());
    assertEquals(0, Cli.run("parse", "--outline", "--follow-links", src.toString()).code());
  }

  @Test
  void exportRefusesAnEmptyOutAndNeverWritesThroughALink() throws Exception {
    Path src = dir.resolve("src");
    SyntheticSpeeches.write(src, 0, 2);
    assertEquals(0, reindex("--source", src.toString()).code());

    Cli.Run empty = Cli.run("export", "--out", "", "--index", index());
    assertEquals(2, empty.code(), empty.toString());
    assertTrue(empty.err().startsWith("export: --out is empty"), empty.err());

    Path out = Files.createDirectories(dir.resolve("out"));
    Path victim = dir.resolve("victim.txt");
    Files.writeString(victim, "keep me", StandardCharsets.UTF_8);
    Path link = Files.createSymbolicLink(out.resolve("template.json"), victim);
    Cli.Run refused = Cli.run("export", "--out", out.toString(), "--index", index());
    assertEquals(1, refused.code(), refused.toString());
    assertTrue(
        refused.err().startsWith("export: " + link + " is a symbolic link (to " + victim + ")"),
        refused.err());
    assertEquals("keep me", Files.readString(victim, StandardCharsets.UTF_8));
    assertFalse(Files.exists(out.resolve("bulk-0001.ndjson")), "nothing was written");

    Files.delete(link);
    Files.createSymbolicLink(out.resolve("bulk-0001.ndjson"), victim);
    assertEquals(1, Cli.run("export", "--out", out.toString(), "--index", index()).code());
    assertEquals("keep me", Files.readString(victim, StandardCharsets.UTF_8));
  }
}
