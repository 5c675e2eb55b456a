package speechsearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import speechsearch.ingest.SpeechIngester;
import speechsearch.speech.Cleaning;
import speechsearch.speech.Region;
import speechsearch.speech.Speech;
import speechsearch.testing.Shared;

/**
 * The indexed lookup of copies ({@link CopyIndex}) collapses exactly as comparing every speech with
 * every kept one did: the same speeches kept, with the same sources, and the same pairs reported.
 */
class DuplicatesTest {

  @Test
  void collapsesExactlyAsComparingAllPairs() {
    for (long seed = 1; seed <= 20; seed++) {
      List<ParsedSpeech> parsed = randomSpeeches(new Random(seed), 400);
      List<ReindexReport.Duplicate> expectedPairs = new ArrayList<>();
      List<ParsedSpeech> expected = allPairs(parsed, expectedPairs);
      List<ReindexReport.Duplicate> pairs = new ArrayList<>();
      List<ParsedSpeech> kept = Duplicates.collapse(parsed, pairs);
      assertEquals(describe(expected), describe(kept), "seed " + seed);
      assertEquals(expectedPairs, pairs, "seed " + seed);
      assertTrue(pairs.size() > 20, "seed " + seed + " made too few copies: " + pairs.size());
    }
  }

  @Test
  void corpusCollapsesExactlyAsComparingAllPairs() throws Exception {
    List<ParsedSpeech> parsed = corpus();
    List<ReindexReport.Duplicate> expectedPairs = new ArrayList<>();
    List<ParsedSpeech> expected = allPairs(parsed, expectedPairs);
    List<ReindexReport.Duplicate> pairs = new ArrayList<>();
    List<ParsedSpeech> kept = Duplicates.collapse(parsed, pairs);
    assertEquals(describe(expected), describe(kept));
    assertEquals(expectedPairs, pairs);
    System.out.println("corpus: " + pairs.size() + " duplicate pairs both ways");
  }

  /** The corpus's text files parsed, in name order; the test is skipped without ../shared. */
  static List<ParsedSpeech> corpus() throws Exception {
    Path corpus = Shared.require("corpus");
    SpeechIngester ingester = SpeechIngester.withDefaults();
    List<ParsedSpeech> parsed = new ArrayList<>();
    try (Stream<Path> files = Files.list(corpus)) {
      for (Path f : files.filter(x -> x.toString().endsWith(".txt")).sorted().toList()) {
        parsed.add(new ParsedSpeech(f, ingester.ingest(f), "", 0, List.of(f.toString())));
      }
    }
    return parsed;
  }

  /** The collapse as it was before the index: each speech against every kept one, in order. */
  static List<ParsedSpeech> allPairs(
      List<ParsedSpeech> parsed, List<ReindexReport.Duplicate> duplicates) {
    List<ParsedSpeech> kept = new ArrayList<>();
    for (ParsedSpeech p : parsed) {
      int same = -1;
      for (int i = 0; i < kept.size() && same < 0; i++) {
        if (Duplicates.same(kept.get(i), p)) same = i;
      }
      if (same < 0) {
        kept.add(p);
        continue;
      }
      Duplicates.merge(kept, same, p, duplicates);
    }
    return kept;
  }

  private static List<String> describe(List<ParsedSpeech> kept) {
    return kept.stream().map(p -> p.file() + " " + p.sources()).toList();
  }

  /**
   * Speeches drawn from a few originals each, with shares of shingles in common on both sides of
   * {@link Duplicates#SAME}, common shingles that many speeches share, a few years (and none), some
   * in traditional script (so a later copy sometimes replaces the kept one), and some empty.
   */
  private static List<ParsedSpeech> randomSpeeches(Random r, int n) {
    long[] common = r.longs(40).toArray();
    List<long[]> originals = new ArrayList<>();
    List<ParsedSpeech> out = new ArrayList<>();
    Integer[] years = {2019, 2020, 2021, null};
    for (int i = 0; i < n; i++) {
      long[] shingles;
      if (!originals.isEmpty() && r.nextInt(3) > 0) {
        long[] base = originals.get(r.nextInt(originals.size()));
        double keep = 0.65 + 0.35 * r.nextDouble(); // around the 0.8 threshold
        TreeSet<Long> s = new TreeSet<>();
        for (long x : base) if (r.nextDouble() < keep) s.add(x);
        int extra = r.nextInt(1 + base.length / 5);
        for (int k = 0; k < extra; k++) s.add(r.nextLong());
        shingles = s.stream().mapToLong(Long::longValue).toArray();
      } else if (r.nextInt(20) == 0) {
        shingles = new long[0];
      } else {
        TreeSet<Long> s = new TreeSet<>();
        int size = 1 + r.nextInt(r.nextBoolean() ? 12 : 300);
        while (s.size() < size) s.add(r.nextInt(4) == 0 ? common[r.nextInt(40)] : r.nextLong());
        shingles = s.stream().mapToLong(Long::longValue).toArray();
        originals.add(shingles);
      }
      Integer year = years[r.nextInt(r.nextInt(4) == 0 ? 4 : 2)];
      String preamble = "国".repeat(r.nextInt(3)) + "國".repeat(r.nextInt(3));
      Speech speech =
          new Speech(
              "s" + i,
              "s" + i + ".txt",
              null,
              null,
              null,
              year,
              Map.of(),
              Region.UNKNOWN,
              null,
              false,
              Cleaning.NONE,
              List.of(),
              preamble,
              List.of(),
              "",
              "");
      Path file = Path.of("s" + i + ".txt");
      Arrays.sort(shingles);
      out.add(
          new ParsedSpeech(
              file,
              SpeechFacts.of(speech),
              new ParsedTree.Held(speech),
              "k" + i,
              1,
              List.of(file.toString()),
              shingles,
              Set.of()));
    }
    return out;
  }
}
