package speechsearch.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    Map<String, Reindexer.ParsedSpeech> kept = new LinkedHashMap<>();
    for (Reindexer.ParsedSpeech p : parsed) {
      String key = fingerprint(p.speech());
      if (key == null) {
        kept.put("unique:" + p.speech().id(), p);
        continue;
      }
      Reindexer.ParsedSpeech other = kept.get(key);
      if (other == null) {
        kept.put(key, p);
        continue;
      }
      Reindexer.ParsedSpeech keep = traditionalChars(p) < traditionalChars(other) ? p : other;
      Reindexer.ParsedSpeech drop = keep == p ? other : p;
      List<String> sources = new ArrayList<>(keep.sources());
      sources.addAll(drop.sources());
      kept.put(
          key,
          new Reindexer.ParsedSpeech(
              keep.file(), keep.speech(), keep.hash(), keep.bytes(), sources));
      duplicates.add(new ReindexReport.Duplicate(keep.file().toString(), drop.file().toString()));
    }
    return new ArrayList<>(kept.values());
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
    return new Reindexer.ParsedSpeech(p.file(), renamed, p.hash(), p.bytes(), p.sources());
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

  /** Year plus the letters of the first heading characters of every unit, or of a text stretch. */
  static String fingerprint(Speech s) {
    StringBuilder sb = new StringBuilder().append(s.year()).append('|');
    int units = appendHeadings(s.sections(), sb);
    if (units >= 3) return sb.toString();
    String letters = letters(s.preamble());
    if (letters.length() < 400) return null;
    return sb.append(letters, 150, 400).toString();
  }

  private static int appendHeadings(List<Unit> units, StringBuilder sb) {
    int n = 0;
    for (Unit u : units) {
      String h = letters(u.heading());
      sb.append(h, 0, Math.min(6, h.length())).append('/');
      n += 1 + appendHeadings(u.children(), sb);
    }
    return n;
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
    String json = p.speech().preamble() + p.speech().sections().toString();
    long n = 0;
    for (int i = 0; i < json.length(); i++) if (CharMap.map(json.charAt(i)) != json.charAt(i)) n++;
    return n;
  }
}
