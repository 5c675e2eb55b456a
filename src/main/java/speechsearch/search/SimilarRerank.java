package speechsearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import speechsearch.index.Schema;

/**
 * The second stage of similar measures, over the units the first stage listed in order of score:
 * the first {@link SimilarRanking#candidates} scored again (by their best window of sentences
 * against the draft's telling words, weighed down when long or a paragraph of a longer text) when
 * the ranking asks for it, copies of the draft and the speech they come from left out, at most a
 * given number per speech, and among close scores other regions and years first. Every constant is
 * in {@link SimilarRanking}.
 */
final class SimilarRerank {
  /** A unit as re-scored, with what it shares with the draft once it is shown. */
  record Candidate(
      UnitRanking.Entry entry,
      float score,
      String region,
      int year,
      String text,
      DraftTerms.Match match) {
    Candidate withMatch(DraftTerms.Match m) {
      return new Candidate(entry, score, region, year, text, m);
    }
  }

  private SimilarRerank() {}

  /** Every listed unit that stays, in the order shown (the caller pages through it). */
  static List<Candidate> rank(
      List<UnitRanking.Entry> listed,
      StoredFields fields,
      DraftTerms draft,
      String draftText,
      int perSpeech,
      SimilarRanking ranking)
      throws IOException {
    if (listed.isEmpty()) return List.of();
    int n = Math.min(ranking.candidates(), listed.size());
    float top = 0;
    for (UnitRanking.Entry e : listed) top = Math.max(top, e.score());
    Set<String> draftPairs = pairs(draftText);
    // a copy of the draft is left out, and so is its speech: the draft was pasted from there, and
    // a drafter wants what other speeches say (as for a unit, whose own speech is left out)
    Set<Long> copiedFrom = new HashSet<>();
    List<Candidate> head = new ArrayList<>();
    for (UnitRanking.Entry e : listed.subList(0, n)) {
      Document d = fields.document(e.doc());
      String text = Objects.requireNonNullElse(d.get(Schema.TEXT), "");
      if (isCopy(draftPairs, pairs(text), ranking.nearCopy())) {
        copiedFrom.add(e.speech());
        continue;
      }
      DraftTerms.Match m =
          ranking.firstStage() < 1 ? draft.match(text, ranking.windowChars()) : null;
      float score = ranking.firstStage() * (top > 0 ? e.score() / top : 0);
      if (m != null) score += (1 - ranking.firstStage()) * m.window();
      int extra = text.length() - ranking.lengthFrom();
      if (extra > 0 && ranking.lengthScale() > 0)
        score /= 1f + (float) extra / ranking.lengthScale();
      String id = Objects.requireNonNullElse(d.get(Schema.ID), "");
      if (id.contains("~")) score *= ranking.paragraph();
      var year = d.getField(Schema.YEAR);
      head.add(
          new Candidate(
              e,
              score,
              Objects.requireNonNullElse(d.get(Schema.REGION), ""),
              year == null ? 0 : year.numericValue().intValue(),
              text,
              m));
    }
    head.sort(Comparator.comparingDouble(Candidate::score).reversed());
    List<Candidate> pool = new ArrayList<>(head);
    for (UnitRanking.Entry e : listed.subList(n, listed.size())) {
      pool.add(new Candidate(e, 0f, "", 0, null, null));
    }
    pool.removeIf(c -> copiedFrom.contains(c.entry().speech()));
    return pick(pool, perSpeech, ranking.close());
  }

  /** The words a shown candidate shares with the draft. */
  static Candidate explained(
      Candidate c, StoredFields fields, DraftTerms draft, SimilarRanking ranking)
      throws IOException {
    if (c.match() != null) return c;
    String text = c.text();
    if (text == null)
      text = Objects.requireNonNullElse(fields.document(c.entry().doc()).get(Schema.TEXT), "");
    return c.withMatch(draft.match(text, ranking.windowChars()));
  }

  /**
   * The candidates in order with at most {@code perSpeech} from one speech; where another re-scored
   * candidate scores within {@code close} of the next in line and comes from a region and a year
   * not yet shown, it goes first.
   */
  private static List<Candidate> pick(List<Candidate> pool, int perSpeech, float close) {
    List<Candidate> out = new ArrayList<>();
    Map<Long, Integer> perSpeechCount = new HashMap<>();
    Set<String> regions = new HashSet<>();
    Set<Integer> years = new HashSet<>();
    List<Candidate> left = new ArrayList<>(pool);
    int i = 0;
    while (i < left.size()) {
      Candidate pick = left.get(i);
      if (perSpeechCount.getOrDefault(pick.entry().speech(), 0) >= perSpeech) {
        i++;
        continue;
      }
      if (close > 0 && pick.text() != null) {
        float floor = pick.score() * (1 - close);
        for (int j = i; j < left.size() && left.get(j).text() != null; j++) {
          Candidate c = left.get(j);
          if (c.score() < floor) break;
          if (perSpeechCount.getOrDefault(c.entry().speech(), 0) >= perSpeech) continue;
          if (!regions.contains(c.region()) && !years.contains(c.year())) {
            pick = c;
            break;
          }
        }
      }
      if (pick == left.get(i)) i++;
      else left.remove(pick);
      out.add(pick);
      perSpeechCount.merge(pick.entry().speech(), 1, Integer::sum);
      regions.add(pick.region());
      years.add(pick.year());
    }
    return out;
  }

  /** A copy shares at least {@code share} of its character pairs with the draft, and vice versa. */
  static boolean isCopy(Set<String> draft, Set<String> unit, float share) {
    if (draft.isEmpty() || unit.isEmpty()) return false;
    int both = 0;
    for (String p : unit) if (draft.contains(p)) both++;
    return both >= share * unit.size() && both >= share * draft.size();
  }

  /** The distinct pairs of neighbouring letters or digits (punctuation and spaces left out). */
  static Set<String> pairs(String text) {
    StringBuilder plain = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) plain.append(c);
    }
    Set<String> out = new HashSet<>();
    for (int i = 0; i + 2 <= plain.length(); i++) out.add(plain.substring(i, i + 2));
    return out;
  }
}
