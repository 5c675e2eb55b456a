package speechsearch.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import speechsearch.analysis.CharMap;
import speechsearch.analysis.SpeechAnalyzer;
import speechsearch.speech.Speech;

/**
 * Finds candidate policy terms: short Chinese phrases quoted “…” in at least two speeches that
 * SmartCN breaks into mostly single characters (双减 → 双|减). Such terms become glossary entries so
 * that they stay whole as tokens.
 */
final class GlossaryMiner {
  private static final Pattern QUOTED = Pattern.compile("“([\\p{IsHan}]{2,8})”");
  private static final int MIN_SPEECHES = 2;
  private static final int MAX_TERMS = 3000;

  private final Map<String, Set<String>> seenIn = new HashMap<>();

  /** The quoted candidates of one speech: its title, subtitle and every text and heading. */
  static Set<String> quoted(Speech s) {
    Set<String> out = new HashSet<>();
    quoted(s.title(), out);
    quoted(s.subtitle(), out);
    for (String t : s.texts()) quoted(t, out);
    return out;
  }

  private static void quoted(String text, Set<String> out) {
    if (text == null || text.indexOf('“') < 0) return;
    Matcher m = QUOTED.matcher(text);
    while (m.find()) out.add(CharMap.apply(m.group(1)));
  }

  void add(String speechId, Set<String> quoted) {
    for (String q : quoted) seenIn.computeIfAbsent(q, k -> new HashSet<>()).add(speechId);
  }

  /** The terms worth keeping whole, most widely quoted first. */
  List<String> terms(Analyzer base) throws IOException {
    List<Map.Entry<String, Set<String>>> candidates = new ArrayList<>();
    for (var e : seenIn.entrySet()) if (e.getValue().size() >= MIN_SPEECHES) candidates.add(e);
    candidates.sort((a, b) -> Integer.compare(b.getValue().size(), a.getValue().size()));
    List<String> out = new ArrayList<>();
    for (var e : candidates) {
      List<String> tokens = SpeechAnalyzer.tokens(base, e.getKey());
      long singles = tokens.stream().filter(t -> t.length() == 1).count();
      if (tokens.size() >= 2 && singles * 2 >= tokens.size()) out.add(e.getKey());
      if (out.size() >= MAX_TERMS) break;
    }
    return out;
  }
}
