package speechsearch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import speechsearch.ingest.read.DocumentReader;
import speechsearch.speech.Speech;
import speechsearch.speech.Unit;
import speechsearch.testing.Shared;

/** Every file of ../shared/corpus parses; a report kept in two source formats gives one tree. */
class CorpusParseTest {
  private static final SpeechIngester INGESTER = SpeechIngester.withDefaults();

  @Test
  void everyCorpusFileParsesWithMetadataFromItsManifest() throws IOException {
    Path corpus = Shared.require("corpus");
    List<Path> files = DocumentReader.listInputs(List.of(corpus));
    assertTrue(files.size() >= 140, "corpus files found: " + files.size());
    int withUnits = 0;
    for (Path f : files) {
      Speech s = INGESTER.ingest(f);
      assertTrue(s.year() != null, f + " has a year");
      assertEquals("manifest", s.sources().get("year"), f + " year source");
      assertTrue(s.region().level() != null, f + " has a region level");
      if (!s.sections().isEmpty()) withUnits++;
      else assertFalse(s.preamble().isBlank(), f + " keeps its text when it has no markers");
    }
    // a few early reports are unnumbered prose; everything else has a tree
    assertTrue(withUnits >= files.size() - 10, withUnits + " of " + files.size() + " have units");
  }

  @Test
  void theSameReportInTwoFormatsGivesTheSameTree() throws IOException {
    Path corpus = Shared.require("corpus");
    int pairs = 0;
    try (var list = Files.list(corpus)) {
      for (Path wiki : list.filter(p -> p.toString().contains("_wikisource_")).sorted().toList()) {
        Path ropensci =
            wiki.resolveSibling(wiki.getFileName().toString().replace("wikisource", "ropensci"));
        if (!Files.exists(ropensci)) continue;
        String year = wiki.getFileName().toString().replaceAll("\\D", "");
        if (year.equals("2007")) {
          // the wikisource copy of 2007 lacks three heading lines that the ropensci copy has
          assertFalse(Files.readString(wiki, StandardCharsets.UTF_8).contains("（三）大力抓好节能降耗"));
          continue;
        }
        if (year.equals("1978")) {
          // the ropensci copy of 1978 writes its part headings without their markers (三、…)
          assertTrue(Files.readString(wiki, StandardCharsets.UTF_8).contains("\n三、加快社会主义经济建设"));
          assertTrue(
              Files.readString(ropensci, StandardCharsets.UTF_8)
                  .contains("\u3000\u3000加快社会主义经济建设"));
          continue;
        }
        if (year.equals("1997")) {
          // the ropensci copy of 1997 runs the lead-in of 第一…第六 into the paragraph of 三是, so
          // the list reads as 三是's own; the wikisource copy gives the lead-in its paragraph
          assertTrue(
              Files.readString(ropensci, StandardCharsets.UTF_8)
                  .contains("限制了市场竞争能力。这些问题是多年积累起来的"));
          assertTrue(
              Files.readString(wiki, StandardCharsets.UTF_8)
                  .contains("限制了市场竞争能力。\n\n\u3000\u3000这些问题是多年积累起来的"));
          continue;
        }
        assertEquals(
            shape(INGESTER.ingest(ropensci)), shape(INGESTER.ingest(wiki)), "report " + year);
        pairs++;
      }
    }
    assertTrue(pairs >= 38, "pairs compared: " + pairs);
  }

  /** Markers (compared across widths) and nesting; headings differ in script between the copies. */
  private static List<String> shape(Speech s) {
    List<String> out = new ArrayList<>();
    walk(s.sections(), 0, out);
    return out;
  }

  private static void walk(List<Unit> units, int depth, List<String> out) {
    for (Unit u : units) {
      out.add(
          depth + ":" + java.text.Normalizer.normalize(u.marker(), java.text.Normalizer.Form.NFKC));
      walk(u.children(), depth + 1, out);
    }
  }
}
