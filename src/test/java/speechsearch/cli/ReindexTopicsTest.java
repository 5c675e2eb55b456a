package speechsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import speechsearch.index.IndexLayout;

/**
 * A taxonomy or topic model file that cannot be used stops a reindex before it starts, with a
 * message that names the file and the fault, and the live generation stays live and whole.
 */
class ReindexTopicsTest {
  @TempDir Path dir;

  private static String resource(String name) throws IOException {
    try (InputStream in = ReindexTopicsTest.class.getResourceAsStream("/topics/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static List<String> folder(Path p) throws IOException {
    try (Stream<Path> s = Files.list(p)) {
      return s.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void aBrokenTaxonomyOrModelIsAClearErrorAndTheLiveIndexStays() throws IOException {
    Path src = Files.createDirectories(dir.resolve("src"));
    Files.copy(Path.of("src/test/resources/seeds/002_cc56c151918d00a0.txt"), src.resolve("a.txt"));
    Path index = dir.resolve("index");
    Cli.Run first = Cli.run("reindex", "--source", src.toString(), "--index", index.toString());
    assertEquals(0, first.code(), first.err());
    IndexLayout layout = new IndexLayout(index);
    Path live = layout.current().orElseThrow();
    List<String> liveFiles = folder(live);
    List<String> generations = folder(index);

    Path taxonomy = dir.resolve("topics.tsv");
    Path model = dir.resolve("topic-model.tsv");
    Files.writeString(model, resource("tiny-model.tsv"), StandardCharsets.UTF_8);
    String goodTaxonomy = resource("tiny-topics.tsv");
    record Case(String taxonomy, String model, String expected) {}
    List<Case> cases =
        List.of(
            new Case("", null, "defines no area"),
            new Case("# nothing but comments\n", null, "defines no area"),
            new Case("教育\t教师\t教师\n", null, "line 1: a topic line before any [AREA] line"),
            new Case(goodTaxonomy, "", "is empty"),
            new Case(goodTaxonomy, "label\t教育\t1\t0\t0\t0\n", "not a model file"),
            new Case(
                goodTaxonomy,
                resource("tiny-model.tsv").replace("4:8 5:8", "4:8 5:x"),
                "line 24: not a number"),
            new Case(null, null, "does not exist"));
    for (Case c : cases) {
      Path t = c.taxonomy() == null ? dir.resolve("missing.tsv") : taxonomy;
      if (c.taxonomy() != null) Files.writeString(taxonomy, c.taxonomy(), StandardCharsets.UTF_8);
      if (c.model() != null) Files.writeString(model, c.model(), StandardCharsets.UTF_8);
      Cli.Run r =
          Cli.run(
              "reindex",
              "--source",
              src.toString(),
              "--index",
              index.toString(),
              "--topics",
              t.toString(),
              "--topic-model",
              model.toString());
      assertEquals(1, r.code(), c.expected());
      assertTrue(r.err().contains(c.expected()), c.expected() + " in: " + r.err());
      boolean namesTheFile = r.err().contains(t.toString()) || r.err().contains(model.toString());
      assertTrue(namesTheFile, r.err());
      assertEquals(live, layout.current().orElseThrow(), "the live generation stays live");
      assertEquals(liveFiles, folder(live), "and whole");
      assertEquals(generations, folder(index), "no generation was started");
      Files.writeString(model, resource("tiny-model.tsv"), StandardCharsets.UTF_8);
    }
  }
}
