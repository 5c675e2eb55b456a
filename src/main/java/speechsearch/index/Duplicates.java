package speechsearch.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import speechsearch.analysis.CharMap;
import speechsearch.speech.Speech;
import speechsearch.speech.Unit;

/**
 * The same speech from two sources (a wikisource and a ropensci copy of one report, a page saved
 * twice) is indexed once, with both sources recorded. Two speeches are the same when their year and
 * a script- and punctuation-blind fingerprint of their structure (or, without structure, of a
 * stretch of their text) agree. The copy in simplified script is kept.
 */
final class Duplicates {
  private Duplicates() {}

  /**
   * The speeches with each group of copies of one speech collapsed into the copy to index, in the
   * order first seen. Each speech is compared with the speeches kept before it, and merged into the
   * first one that is {@link #same}. Only the kept speeches that share a shingle of its prefix (see
   * {@link CopyIndex}) are compared, which finds exactly the same first one as comparing with all
   * of them, without the quadratic cost.
   */
  static List<ParsedSpeech> collapse(
      List<ParsedSpeech> parsed, List<ReindexReport.Duplicate> duplicates) {
    List<ParsedSpeech> kept = new ArrayList<>();
    CopyIndex index = new CopyIndex(parsed);
    for (ParsedSpeech p : parsed) {
      long[] prefix = index.prefix(p);
      int same = -1;
      for (int i : index.candidates(p, prefix)) {
        if (index.couldBeSame(kept.get(i), p) && same(kept.get(i), p)) {
          same = i;
          break;
        }
      }
      if (same < 0) {
        index.add(p, prefix, kept.size());
        kept.add(p);
        continue;
      }
      // when p takes the place, the slot holds p's shingles: p's prefix must lead to it too (the
      // old entries stay, and only cost a comparison)
      if (merge(kept, same, p, duplicates)) index.add(p, prefix, same);
    }
    return kept;
  }

  /**
   * Merges a copy into kept speech {@code i}: the preferred of the two stays there, with the
   * sources of both, and the pair is reported. Returns whether the copy took the place.
   */
  static boolean merge(
      List<ParsedSpeech> kept, int i, ParsedSpeech copy, List<ReindexReport.Duplicate> duplicates) {
    ParsedSpeech other = kept.get(i);
    ParsedSpeech keep = preferred(copy, other);
    ParsedSpeech drop = keep == copy ? other : copy;
    List<String> sources = new ArrayList<>(keep.sources());
    sources.addAll(drop.sources());
    kept.set(i, keep.withSources(sources));
    duplicates.add(new ReindexReport.Duplicate(keep.file().toString(), drop.file().toString()));
    return keep == copy;
  }

  /** Whether two parsed speeches are one speech: the same year and most shingles in common. */
  static boolean same(ParsedSpeech a, ParsedSpeech b) {
    return Objects.equals(a.year(), b.year()) && similarity(a.shingles(), b.shingles()) >= SAME;
  }

  /**
   * Of one speech from two sources, the copy to index: the later one only when it is more
   * simplified.
   */
  static ParsedSpeech preferred(ParsedSpeech later, ParsedSpeech earlier) {
    return later.facts().traditional() < earlier.facts().traditional() ? later : earlier;
  }

  /** Share of common shingles above which two texts are one speech. */
  static final double SAME = 0.8;

  /**
   * A sample of the text's 8-letter shingles (script- and punctuation-blind): one in sixteen by
   * hash, so long texts cost little and the sample is the same for two copies of one text.
   */
  static long[] shingles(Speech s) {
    Shingler out = new Shingler();
    for (String t : s.texts()) out.feed(t);
    return out.distinct();
  }

  /**
   * Hashes every 8-letter window of a stream of letters (script-mapped, punctuation and spaces
   * skipped) with a rolling polynomial hash: the value {@code 31^8 * seed + sum c_k * 31^(7-k)} is
   * updated per letter instead of recomputed from eight.
   */
  private static final class Shingler {
    private static final long SEED = 1125899906842597L;
    private static final long P7 = pow31(7);
    private static final long SEED_TERM = SEED * pow31(8);
    private long[] sample = new long[64];
    private int size;
    private final char[] window = new char[8];
    private int seen;
    private long h = SEED_TERM;

    void feed(String text) {
      if (text == null) return;
      for (int i = 0; i < text.length(); i++) {
        char c = CharMap.map(text.charAt(i));
        // common Han characters first: the general test is a table walk per character
        if ((c < 0x4E00 || c > 0x9FA5) && !Character.isLetterOrDigit(c)) continue;
        if (seen >= 8) h = (h - SEED_TERM - window[seen & 7] * P7) * 31 + SEED_TERM;
        else h = (h - SEED_TERM) * 31 + SEED_TERM;
        h += c;
        window[seen & 7] = c;
        seen++;
        if (seen >= 8) {
          long x = h ^ (h >>> 29);
          if ((x & 15) == 0) {
            if (size == sample.length) sample = Arrays.copyOf(sample, size * 2);
            sample[size++] = x;
          }
        }
      }
    }

    /** The sampled shingles, sorted, each once. */
    long[] distinct() {
      long[] sorted = Arrays.copyOf(sample, size);
      Arrays.sort(sorted);
      int n = 0;
      for (int i = 0; i < sorted.length; i++) {
        if (i == 0 || sorted[i] != sorted[i - 1]) sorted[n++] = sorted[i];
      }
      return Arrays.copyOf(sorted, n);
    }

    private static long pow31(int n) {
      long p = 1;
      for (int i = 0; i < n; i++) p *= 31;
      return p;
    }
  }

  /** Shared shingles over the larger sample; both are sorted and distinct (see Shingler). */
  static double similarity(long[] a, long[] b) {
    if (a.length == 0 || b.length == 0) return 0;
    long common = 0;
    for (int i = 0, j = 0; i < a.length && j < b.length; ) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return (double) common / Math.max(a.length, b.length);
  }

  /**
   * The speech under another id (two files of one name in different folders), its units renamed
   * with it; the renamed tree goes to {@code trees} beside the old one.
   */
  static ParsedSpeech renamed(ParsedSpeech p, String id, ParsedTree.Store trees)
      throws IOException {
    Speech s = p.tree().read().speech();
    Speech renamed =
        new Speech(
            id,
            s.file(),
            s.title(),
            s.subtitle(),
            s.date(),
            s.year(),
            s.sources(),
            s.region(),
            s.speaker(),
            s.truncated(),
            s.cleaning(),
            s.topics(),
            s.preamble(),
            renameUnits(s.sections(), s.id(), id),
            s.closing(),
            s.appendix());
    return new ParsedSpeech(
        p.file(),
        SpeechFacts.of(renamed),
        trees.put(renamed),
        p.sourceKey(),
        p.bytes(),
        p.sources(),
        p.shingles(),
        p.quoted());
  }

  private static List<Unit> renameUnits(List<Unit> units, String from, String to) {
    List<Unit> out = new ArrayList<>();
    for (Unit u : units) {
      out.add(
          new Unit(
              to + u.id().substring(from.length()),
              u.kind(),
              u.marker(),
              u.ordinal(),
              u.heading(),
              u.text(),
              u.path(),
              u.topics(),
              renameUnits(u.children(), from, to),
              u.tail()));
    }
    return out;
  }
}
