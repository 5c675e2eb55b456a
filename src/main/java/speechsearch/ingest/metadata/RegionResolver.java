package speechsearch.ingest.metadata;

import static speechsearch.ingest.metadata.LevelCues.CITY;
import static speechsearch.ingest.metadata.LevelCues.COUNTY;
import static speechsearch.ingest.metadata.LevelCues.DISTRICT;
import static speechsearch.ingest.metadata.LevelCues.NATION;
import static speechsearch.ingest.metadata.LevelCues.PROVINCE;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import speechsearch.ingest.metadata.Gazetteer.Place;
import speechsearch.speech.Region;
import speechsearch.vocabulary.Places;

/**
 * Finds the speaker's jurisdiction from a speech's title and opening text: the level from cue words
 * (全区, 省委, 代表国务院...), the names from the gazetteer. Names are filled only when the text establishes
 * them; an ambiguous or masked name (**市, 某县) stays null rather than being guessed.
 *
 * <p>Decisions: a municipality (北京市...) speaking as a whole is level 省 with no city; its districts
 * get the municipality as both province and city. An ambiguous county name with nothing to place it
 * (朝阳区 alone) keeps the county name and leaves province and city null.
 */
public final class RegionResolver implements Places {
  private static final List<String> LEVELS = LevelCues.LEVELS;

  private static final int LEAD_CHARS = 1500;
  private static final String MASKS = "*＊×xXＸ某]】）)□○";

  /** A town in a title: xx镇, 某镇, 镇党委…, but not 乡镇, 城镇, 村镇 or 镇江. */
  private static final java.util.regex.Pattern TOWN_IN_TITLE =
      java.util.regex.Pattern.compile("(?<![乡城村集重古小名市县])镇(?![江压定静守痛住])");

  /** "在全国公路养护管理工作会议上": a national meeting in the title. */
  private static final java.util.regex.Pattern NATIONAL_MEETING =
      java.util.regex.Pattern.compile("在全国(?!文明)[^，,。、]{2,20}?(?:工作会议|会议|大会)");

  private final Gazetteer gazetteer;
  private final PlaceFinder finder;

  private RegionResolver(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.finder = new PlaceFinder(gazetteer);
  }

  /** Reads the gazetteer from the classpath; do it once and share the instance (thread-safe). */
  public static RegionResolver load() {
    return new RegionResolver(Gazetteer.load());
  }

  /**
   * The speaker's jurisdiction. {@code leadText} may be the whole text; only its first 1,500
   * characters are read. Any argument may be null.
   */
  public Region resolve(String title, String subtitle, String leadText) {
    return resolve(title, subtitle, leadText, List.of());
  }

  /**
   * The speaker's jurisdiction, also reading short head lines that may name the speaker (a byline
   * such as "XX镇党委书记XXX"). The speaker's own office, where the page names it, decides the level;
   * otherwise the cue words do, the title's before the lead's.
   */
  public Region resolve(String title, String subtitle, String leadText, List<String> bylines) {
    String head = (title == null ? "" : title) + "\n" + (subtitle == null ? "" : subtitle);
    String lead =
        leadText == null ? "" : leadText.substring(0, Math.min(LEAD_CHARS, leadText.length()));
    int speaker = SpeakerLevel.of(head + "\n" + String.join("\n", bylines), lead);
    if (speaker == SpeakerLevel.INSTITUTION) return Region.UNKNOWN;
    int level;
    if (speaker >= 0) {
      level = speaker;
    } else {
      // Title cues decide; the lead only breaks ties or speaks when the title is silent.
      int[] headScores = LevelCues.score(head);
      int[] leadScores = LevelCues.score(lead);
      headScores[LevelCues.TOWN] += 2 * count(TOWN_IN_TITLE, head);
      if (NATIONAL_MEETING.matcher(head).find()) headScores[NATION] += 5;
      int[] combined = new int[headScores.length];
      for (int i = 0; i < combined.length; i++) combined[i] = headScores[i] * 1000 + leadScores[i];
      level = LevelCues.best(combined);
    }
    if (!VISIT.matcher(head).find()) level = ownLevelOverride(level, lead);
    if (level == NATION) return new Region(LEVELS.get(NATION), null, null, null);
    Map<Place, Integer> places = finder.find(head, lead);
    return choose(level, places);
  }

  /**
   * How often the lead must name one level as its own (全县, 我县, 本县) to overrule a title or a role
   * that names another level the lead never calls its own. Three was chosen on the real-pages
   * tuning halves: it mends three pages (a 开发区 speech filed under 县委书记, a 区委书记 under a site's 县领导,
   * a county minister's 区委 meeting) and breaks none; at two, seven pages break (a town speech that
   * twice says 全区 of its district, a city leader's 全区 on a visit).
   */
  private static final int OWN_MIN = 3;

  /**
   * A title that says the speaker came to see a place (市长在某县调研座谈会上的讲话): his 全县 is his hosts'
   * county, however often he says it, so the override does not apply.
   */
  private static final Pattern VISIT = Pattern.compile("调研|视察|考察|檢查指導|检查指导|慰问|慰問");

  /** The level the lead insists on, where it never calls the title's level its own. */
  private static int ownLevelOverride(int level, String lead) {
    if (level < 0) return level;
    int[] own = LevelCues.ownReferences(lead);
    int best = -1;
    for (int i = 0; i < own.length; i++)
      if (own[i] > 0 && (best < 0 || own[i] > own[best])) best = i;
    if (best < 0 || best == level || own[level] > 0 || own[best] < OWN_MIN) return level;
    return best;
  }

  /**
   * A manifest region: "全国(国务院)" and "全国(中共中央)" are national; otherwise the names written, e.g.
   * "安徽省" or "湖南省长沙市", at the level of the most specific one.
   */
  public Region fromManifest(String value) {
    if (value == null || value.isBlank()) return Region.UNKNOWN;
    String v = value.strip();
    if (v.startsWith("全国") || v.startsWith("中央") || v.startsWith("中共中央") || v.equals("国家")) {
      return new Region(LEVELS.get(NATION), null, null, null);
    }
    return choose(-1, finder.find(v, ""));
  }

  /**
   * The one province the whole text names in full ("承办湖南省第三十四届…大赛" in a city's speech), or empty
   * when it names none or several: a speech of a masked city (**市) is still placed in its province
   * when the text says which.
   */
  public Optional<String> soleProvinceNamed(String text) {
    String found = null;
    for (String p : gazetteer.provinceNames()) {
      if (text.contains(p)) {
        if (found != null) return Optional.empty();
        found = p;
      }
    }
    return Optional.ofNullable(found);
  }

  @Override
  public Optional<Region> lookupName(String name) {
    if (name == null || name.isBlank()) return Optional.empty();
    String n = name.strip();
    List<Place> places = gazetteer.byFullName(n);
    if (places.isEmpty()) places = PlaceFinder.highestRank(gazetteer.byShortName(n));
    if (places.isEmpty()) return Optional.empty();
    if (places.size() == 1) return Optional.of(regionOf(levelOf(places.get(0)), places.get(0)));
    Place first = places.get(0);
    if (places.stream().allMatch(p -> p.rank() == 3 && p.name().equals(first.name()))) {
      return Optional.of(new Region(LEVELS.get(levelOf(first)), null, null, first.name()));
    }
    return Optional.empty();
  }

  private Region choose(int level, Map<Place, Integer> places) {
    Place best;
    if (level < 0) {
      // No cue word: a named place speaks for itself, but only if named prominently.
      best =
          places.entrySet().stream()
              .filter(e -> e.getValue() >= PlaceFinder.STRONG)
              .max(
                  Comparator.comparingInt((Map.Entry<Place, Integer> e) -> e.getKey().rank())
                      .thenComparingInt(Map.Entry::getValue))
              .map(Map.Entry::getKey)
              .orElse(null);
      return best == null ? Region.UNKNOWN : regionOf(levelOf(best), best);
    }
    level = adjustLevel(level, places);
    Place small = countyLevelCity(level, places);
    if (small != null) return regionOf(level, small);
    int rank = Math.min(level, 3); // 区, 县 and 镇 all sit at or below the county rank
    best = bestAt(places, rank, 1);
    for (int r = rank - 1; best == null && r >= 1; r--)
      best = bestAt(places, r, PlaceFinder.STRONG);
    return best == null ? new Region(LEVELS.get(level), null, null, null) : regionOf(level, best);
  }

  // The cue words say 全区/全市, but the named place shows what that 区 or 市 is.
  private static int adjustLevel(int level, Map<Place, Integer> places) {
    Place province = bestAt(places, 1, 1);
    Place city = bestAt(places, 2, 1);
    Place county = bestAt(places, 3, 1);
    int provinceScore = province == null ? 0 : places.get(province);
    int cityScore = city == null ? 0 : places.get(city);
    int countyScore = county == null ? 0 : places.get(county);
    if (level == DISTRICT && province != null && province.name().endsWith("自治区")) {
      boolean districtNamed =
          county != null && county.name().endsWith("区") && countyScore >= provinceScore;
      if (!districtNamed) return PROVINCE; // 全区 of an autonomous region
    }
    if (level == CITY
        && province != null
        && province.isMunicipality()
        && provinceScore > cityScore) {
      if (county == null || countyScore < provinceScore) return PROVINCE;
    }
    return level;
  }

  /**
   * 全市 of a county-level city (昆山市): the speaker calls it a 市, so the level is 市, and the place is
   * that city with its prefecture and province.
   */
  private static Place countyLevelCity(int level, Map<Place, Integer> places) {
    if (level != CITY) return null;
    Place city = bestAt(places, 2, 1);
    Place county = bestAt(places, 3, 1);
    if (county == null || !county.name().endsWith("市")) return null;
    return city == null || places.get(county) >= places.get(city) ? county : null;
  }

  private static Place bestAt(Map<Place, Integer> places, int rank, int minScore) {
    Place best = null;
    for (Map.Entry<Place, Integer> e : places.entrySet()) {
      // Ties go to the place named first (map order is first-hit order).
      if (e.getKey().rank() == rank
          && e.getValue() >= minScore
          && (best == null || e.getValue() > places.get(best))) {
        best = e.getKey();
      }
    }
    return best;
  }

  private static int levelOf(Place p) {
    return switch (p.rank()) {
      case 1 -> PROVINCE;
      case 2 -> CITY;
      default -> p.name().endsWith("区") ? DISTRICT : COUNTY;
    };
  }

  private static Region regionOf(int level, Place p) {
    String lv = LEVELS.get(level);
    return switch (p.rank()) {
      case 1 -> new Region(lv, p.name(), null, null);
      case 2 -> new Region(lv, p.province(), p.name(), null);
      default -> new Region(lv, p.province(), p.city(), p.name());
    };
  }

  private static int count(java.util.regex.Pattern p, String text) {
    int n = 0;
    java.util.regex.Matcher m = p.matcher(text);
    while (m.find()) n++;
    return n;
  }

  static boolean masked(String text, int start) {
    return start > 0 && MASKS.indexOf(text.charAt(start - 1)) >= 0;
  }
}
