package speechsearch.index;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
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

  static List<Reindexer.ParsedSpeech> collapse(
      List<Reindexer.ParsedSpeech> parsed, List<ReindexReport.Duplicate> duplicates) {
    List<Reindexer.ParsedSpeech> kept = new ArrayList<>();
    for (Reindexer.ParsedSpeech p : parsed) {
      Set<Long> shingles = p.shingles();
      int same = -1;
      for (int i = 0; i < kept.size() && same < 0; i++) {
        if (Objects.equals(kept.get(i).speech().year(), p.speech().year())
            && similarity(shingles, kept.get(i).shingles()) >= SAME) {
          same = i;
        }
      }
      if (same < 0) {
        kept.add(p);
        continue;
      }
      Reindexer.ParsedSpeech other = kept.get(same);
      Reindexer.ParsedSpeech keep = traditionalChars(p) < traditionalChars(other) ? p : other;
      Reindexer.ParsedSpeech drop = keep == p ? other : p;
      List<String> sources = new ArrayList<>(keep.sources());
      sources.addAll(drop.sources());
      kept.set(same, keep.withSources(sources));
      duplicates.add(new ReindexReport.Duplicate(keep.file().toString(), drop.file().toString()));
    }
    return kept;
  }

  /** Share of common shingles above which two texts are one speech. */
  static final double SAME = 0.8;

  /**
   * A sample of the text's 8-letter shingles (script- and punctuation-blind): one in sixteen by
   * hash, so long texts cost little and the sample is the same for two copies of one text.
   */
  static Set<Long> shingles(Speech s) {
    StringBuilder all = new StringBuilder(letters(s.preamble()));
    appendTexts(s.sections(), all);
    all.append(letters(s.closing()));
    Set<Long> out = new HashSet<>();
    for (int i = 0; i + 8 <= all.length(); i++) {
      long h = 1125899906842597L;
      for (int k = i; k < i + 8; k++) h = 31 * h + all.charAt(k);
      h ^= (h >>> 29);
      if ((h & 15) == 0) out.add(h);
    }
    return out;
  }

  private static void appendTexts(List<Unit> units, StringBuilder sb) {
    for (Unit u : units) {
      sb.append(letters(u.text()));
      appendTexts(u.children(), sb);
    }
  }

  static double similarity(Set<Long> a, Set<Long> b) {
    if (a.isEmpty() || b.isEmpty()) return 0;
    Set<Long> small = a.size() <= b.size() ? a : b;
    Set<Long> large = small == a ? b : a;
    long common = small.stream().filter(large::contains).count();
    return (double) common / Math.max(a.size(), b.size());
  }

  static Reindexer.ParsedSpeech renamed(Reindexer.ParsedSpeech p, String id) {
    Speech s = p.speech();
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
            s.topics(),
            s.preamble(),
            renameUnits(s.sections(), s.id(), id),
            s.closing());
    return new Reindexer.ParsedSpeech(
        p.file(), renamed, p.hash(), p.bytes(), p.sources(), p.shingles(), p.quoted());
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
              renameUnits(u.children(), from, to)));
    }
    return out;
  }

  private static String letters(String s) {
    StringBuilder sb = new StringBuilder();
    String mapped = CharMap.apply(s == null ? "" : s);
    for (int i = 0; i < mapped.length(); i++) {
      char c = mapped.charAt(i);
      if (Character.isLetterOrDigit(c)) sb.append(c);
    }
    return sb.toString();
  }

  private static long traditionalChars(Reindexer.ParsedSpeech p) {
    return traditionalChars(p.speech().preamble()) + traditionalChars(p.speech().sections());
  }

  private static long traditionalChars(List<Unit> units) {
    long n = 0;
    for (Unit u : units) n += traditionalChars(u.text()) + traditionalChars(u.children());
    return n;
  }

  private static long traditionalChars(String s) {
    long n = 0;
    for (int i = 0; i < s.length(); i++) if (CharMap.map(s.charAt(i)) != s.charAt(i)) n++;
    return n;
  }
}
