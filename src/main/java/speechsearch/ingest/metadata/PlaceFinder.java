package speechsearch.ingest.metadata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import speechsearch.ingest.metadata.Gazetteer.Place;
import speechsearch.ingest.text.KeywordMatcher;

/**
 * Finds gazetteer places named in a speech's head (title, subtitle) and lead, scored by where and
 * how they are named. A short form (安徽, 伊春) counts only in a strong context ("安徽第十四届人民代表大会",
 * "伊春人民政府"); an ambiguous name counts only when another named place tells which one it is.
 */
final class PlaceFinder {

  /** Score of a place named in a strong context once; below this a mention is incidental. */
  static final int STRONG = 3;

  private static final int HEAD = 10;
  private static final List<String> STRONG_AFTER =
      List.of("委", "党委", "人民政府", "政府", "人民代表大会", "人大", "政协", "第", "代表团", "教育局");
  private static final List<String> STRONG_BEFORE = List.of("中共", "在", "代表");

  private record Hit(int start, int end, List<Place> places, int weight) {}

  private final List<String> words = new ArrayList<>();
  private final List<Boolean> isShort = new ArrayList<>();
  private final KeywordMatcher matcher;
  private final Gazetteer gazetteer;

  PlaceFinder(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    for (String n : gazetteer.fullNames()) {
      words.add(n);
      isShort.add(false);
    }
    for (String n : gazetteer.shortNames()) {
      if (!gazetteer.byFullName(n).isEmpty()) continue; // 吉林 is never a full name, 吉林市 is
      words.add(n);
      isShort.add(true);
    }
    matcher = new KeywordMatcher(words);
  }

  /** Places with their scores, in order of first mention. */
  Map<Place, Integer> find(String head, String lead) {
    List<Hit> hits = new ArrayList<>();
    collect(head, true, hits);
    collect(lead, false, hits);
    // Unambiguous names anchor the ambiguous ones: 朝阳区 next to 长春市 is 长春's 朝阳区.
    Set<String> anchors = new HashSet<>();
    for (Hit h : hits) {
      if (h.places().size() == 1 && !weak(h.places().get(0))) {
        Place p = h.places().get(0);
        anchors.add(p.name());
        if (p.province() != null) anchors.add(p.province());
        if (p.city() != null) anchors.add(p.city());
      }
    }
    Map<Place, Integer> scores = new LinkedHashMap<>();
    for (Hit h : hits) {
      List<Place> placed =
          h.places().stream()
              .filter(p -> anchors.contains(p.province()) || anchors.contains(p.city()))
              .filter(p -> p.rank() > 1)
              .toList();
      Place p;
      if (h.places().size() == 1 && !weak(h.places().get(0))) {
        p = h.places().get(0);
      } else if (placed.size() == 1) {
        p = placed.get(0);
      } else if (placed.isEmpty() && sameCounty(h.places()) && !weak(h.places().get(0))) {
        p = new Place(3, h.places().get(0).name(), null, null); // county known, parents not
      } else {
        continue;
      }
      scores.merge(p, h.weight(), Integer::sum);
    }
    return scores;
  }

  private void collect(String text, boolean inHead, List<Hit> hits) {
    List<int[]> raw = new ArrayList<>();
    matcher.scan(text, (k, start, end) -> raw.add(new int[] {k, start, end}));
    // Longest leftmost matches only: 内蒙古自治区 rather than 内蒙古 inside it.
    raw.sort(Comparator.<int[]>comparingInt(r -> r[1]).thenComparingInt(r -> -(r[2] - r[1])));
    int covered = 0;
    for (int[] r : raw) {
      int k = r[0], start = r[1], end = r[2];
      if (start < covered || RegionResolver.masked(text, start)) continue;
      boolean strong = strongContext(text, start, end);
      List<Place> places;
      if (isShort.get(k)) {
        if (!strong) continue;
        places = highestRank(gazetteer.byShortName(words.get(k)));
      } else {
        places = gazetteer.byFullName(words.get(k));
      }
      covered = end;
      hits.add(new Hit(start, end, places, inHead ? HEAD : strong ? STRONG : 1));
    }
  }

  /** After a short name, what makes it a word of time: 阳春三月, 阳春时节. */
  private static final Pattern SEASON = Pattern.compile("[一二三四五六七八九十]{1,2}月|时节|季节");

  private static boolean strongContext(String text, int start, int end) {
    String after = text.substring(end);
    String before = text.substring(0, start);
    if (SEASON.matcher(after).lookingAt()) return false;
    return STRONG_AFTER.stream().anyMatch(after::startsWith)
        || STRONG_BEFORE.stream().anyMatch(before::endsWith);
  }

  // Two-character county names (城区, 郊区, 和县) are ordinary words too; they need an anchor.
  private static boolean weak(Place p) {
    return p.rank() == 3 && p.name().length() <= 2;
  }

  private static boolean sameCounty(List<Place> places) {
    return places.stream().allMatch(p -> p.rank() == 3 && p.name().equals(places.get(0).name()));
  }

  /** Of places sharing a short form, the highest-ranked: 吉林 is the province, not 吉林市. */
  static List<Place> highestRank(List<Place> places) {
    int top = places.stream().mapToInt(Place::rank).min().orElse(0);
    return places.stream().filter(p -> p.rank() == top).toList();
  }
}
