package speechsearch.ingest.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import speechsearch.ingest.text.KeywordMatcher;
import speechsearch.vocabulary.Levels;

/**
 * Words that reveal the speaker's administrative level (全区, 县委, 代表省人民政府...). Self-references (全X,
 * 我X, 本X) weigh more than organs (X委, X政府) because speeches cite the organs above them ("贯彻省委部署")
 * but speak of "全X" only for their own jurisdiction.
 */
final class LevelCues {

  /** The levels the indexes below point into: {@link Levels#NAMES}. */
  static final List<String> LEVELS = Levels.NAMES;

  static final int NATION = 0, PROVINCE = 1, CITY = 2, DISTRICT = 3, COUNTY = 4, TOWN = 5;

  private record Cue(String word, int level, int weight) {}

  private static final List<Cue> CUES = new ArrayList<>();

  private static void cues(int level, int weight, String... words) {
    for (String w : words) CUES.add(new Cue(w, level, weight));
  }

  static {
    cues(NATION, 5, "代表国务院", "国务院总理", "国务院政府工作报告", "中华人民共和国国务院", "届全国人民代表大会");
    cues(NATION, 3, "全国代表大会", "全国人民代表大会");
    cues(NATION, 3, "部党组", "届全国委员会");
    // a ministry speaking for itself: 我代表交通部
    cues(
        NATION,
        5,
        "代表交通部",
        "代表交通运输部",
        "代表林业部",
        "代表农业部",
        "代表水利部",
        "代表铁道部",
        "代表教育部",
        "代表财政部",
        "代表卫生部",
        "代表民政部",
        "代表公安部",
        "代表司法部",
        "代表文化部",
        "代表商务部",
        "代表外交部",
        "代表国家发展改革委",
        "代表国家计委");
    cues(NATION, 1, "中共中央", "全国人大", "全国政协");
    // the centre, or a national people's organisation, that the speaker himself speaks for at a
    // meeting of a province (not 总书记代表党中央作的报告, which a county speech quotes)
    String[] national = {
      "党中央", "中共中央", "全国妇联", "全国总工会", "共青团中央", "团中央", "中国科协", "中国文联", "中国作协", "全国工商联", "中国残联"
    };
    for (String who : new String[] {"我代表", "我们代表", "谨代表"}) {
      for (String unit : national) cues(NATION, 5, who + unit);
    }
    cues(PROVINCE, 5, "代表省人民政府", "代表自治区人民政府");
    cues(PROVINCE, 2, "全省", "我省", "本省", "省人民政府", "自治区人民政府");
    cues(PROVINCE, 1, "省委", "省政府", "自治区党委", "自治区政府", "省长", "自治区主席");
    cues(CITY, 5, "代表市人民政府");
    // the meeting the speaker convenes is of his own level: 现在我们召开区疫情防控工作领导小组会议
    cues(CITY, 2, "召开市");
    cues(DISTRICT, 2, "召开区");
    cues(COUNTY, 2, "召开县");
    cues(TOWN, 2, "召开镇", "召开乡", "召开街道");
    cues(CITY, 2, "全市", "我市", "本市", "市人民政府", "市教育局", "市局机关", "市局党组");
    cues(CITY, 1, "市委", "市政府", "市长");
    // prefectures that are no 市: a league (盟委, 行署), a prefecture (地委, 行政公署), an autonomous
    // prefecture; never the bare organ, which other words hold (联盟委员会, 基地委托, 广州委托)
    cues(CITY, 5, "代表盟委", "代表地委", "代表州委", "代表行署");
    cues(CITY, 2, "全盟", "我盟", "本盟", "我地区", "我州", "州人民政府", "行政公署");
    cues(CITY, 2, "盟委、行署", "盟委行署", "盟委书记", "地委、行署", "地委行署", "地委书记", "地委扩大会议");
    cues(DISTRICT, 5, "代表区人民政府");
    cues(DISTRICT, 2, "全区", "我区", "本区", "区人民政府", "区教育局", "区局机关", "区局党组");
    cues(DISTRICT, 1, "区委", "区政府", "区长");
    // a development zone is a district's peer: its own committee speaks for it
    cues(DISTRICT, 2, "开发区工管委", "开发区管委会", "开发区党工委");
    cues(DISTRICT, 1, "开发区");
    cues(COUNTY, 5, "代表县人民政府", "代表旗人民政府");
    // a meeting of all the towns' heads is the county's: 各乡镇, 乡镇党委书记 speak of its audience
    cues(
        COUNTY, 2, "全县", "我县", "本县", "县人民政府", "县教育局", "县局机关", "县局党组", "全旗", "我旗", "本旗", "各乡镇",
        "乡镇党委书记");
    cues(COUNTY, 1, "县委", "县政府", "县长", "旗委", "旗长");
    cues(TOWN, 2, "全镇", "我镇", "本镇", "全乡", "我乡", "本乡", "全街道", "我街道", "本街道");
    cues(TOWN, 2, "街道党工委", "街道工委", "街道办事处");
    cues(TOWN, 1, "镇党委", "乡党委", "镇政府", "乡政府", "镇长", "乡长", "街道");
  }

  // "在湖南省第十四届人民代表大会第五次会议上": the congress a report is delivered to.
  private static final Pattern CONGRESS =
      Pattern.compile("(自治区|省|市|区|县|旗)第?[一二三四五六七八九十]{1,4}届人民代表大会");

  /**
   * After the unit a cue ends on, what makes it part of another word: 乡镇 and 乡村 (townships in
   * general, the countryside), 区县 and 市县 (units listed together): no township, district or city of
   * the speaker's (召开乡村振兴工作推进会, 某乡镇党委书记 in a county's speech).
   */
  private static final String UNIT_IN_A_WORD = "(?<=乡)[镇村]|(?<=[市区])县";

  private static final Pattern IN_A_WORD = Pattern.compile(UNIT_IN_A_WORD);

  /**
   * A place a page masks ("*镇锚定…", "XX县委", "××区"): pages mask the speaker's own place, so its unit
   * gives the level as 全镇 would. Not a masked name before a post ("XXX省长明确要求"): a superior quoted.
   */
  private static final Pattern MASKED =
      Pattern.compile(
          "(?<![和、及与])(?:[*＊×Ｘ]{1,4}|(?<![A-Za-z])[xX]{1,4}|某某?)(省|市|区|县|旗|镇|乡|街道)"
              + "(?!场|域|长|[中东西南北]区|[和、及与等]|"
              + UNIT_IN_A_WORD
              + ")");

  private static final KeywordMatcher MATCHER =
      new KeywordMatcher(CUES.stream().map(Cue::word).toList());

  private LevelCues() {}

  /** Weighted cue counts per level index of {@link #LEVELS}. */
  static int[] score(String text) {
    int[] scores = new int[LEVELS.size()];
    int[] organs = new int[LEVELS.size()];
    int[] own = {-1};
    MATCHER.scan(
        text,
        (k, start, end) -> {
          Cue cue = CUES.get(k);
          if (spurious(text, cue, start, end)) return;
          if (cue.weight() == 1) organs[cue.level()] += 1;
          else scores[cue.level()] += cue.weight();
          if (cue.weight() == 2 && cue.level() > NATION) own[0] = Math.max(own[0], cue.level());
        });
    Matcher m = CONGRESS.matcher(text);
    while (m.find()) {
      scores[congressLevel(m.group(1))] += 5;
    }
    Matcher masked = MASKED.matcher(text);
    while (masked.find()) {
      int level = maskedLevel(masked.group(1));
      scores[level] += 2;
      own[0] = Math.max(own[0], level);
    }
    // a speech cites the organs above it (贯彻省委部署, 陈润儿省长要求): where it speaks of its own
    // jurisdiction (全市, 我县), organs of the levels above that one say nothing of the speaker
    for (int i = 0; i < scores.length; i++) {
      if (own[0] < 0 || rank(i) >= rank(own[0])) scores[i] += organs[i];
    }

    return scores;
  }

  /** 区 and 县 are peers: a district speech's 各乡镇 does not make its 区委 an organ above it. */
  private static int rank(int level) {
    return level == COUNTY ? DISTRICT : level;
  }

  private static int maskedLevel(String unit) {
    return switch (unit) {
      case "镇", "乡", "街道" -> TOWN;
      default -> congressLevel(unit);
    };
  }

  private static int congressLevel(String unit) {
    return switch (unit) {
      case "自治区", "省" -> PROVINCE;
      case "市" -> CITY;
      case "区" -> DISTRICT;
      default -> COUNTY;
    };
  }

  private static boolean spurious(String text, Cue cue, int start, int end) {
    String before = text.substring(Math.max(0, start - 2), start);
    String after = text.substring(end, Math.min(text.length(), end + 1));
    if (cue.level() == DISTRICT && before.endsWith("自治")) return true; // 自治区政府 is provincial
    if (cue.word().equals("区委") && (before.endsWith("社") || before.endsWith("园"))) return true;
    if ((cue.word().startsWith("全") || cue.word().startsWith("召开"))
        && (after.equals("域") || after.equals("场"))) {
      return true;
    }
    if (cue.word().startsWith("召开")
        && IN_A_WORD
            .matcher(text)
            .useTransparentBounds(true)
            .region(end, Math.min(text.length(), end + 1))
            .lookingAt()) {
      return true;
    }
    if (cue.word().endsWith("长") && (after.equals("期") || after.equals("效"))) return true;
    // 乡镇党委, 乡镇政府: the townships in general, a county's audience, not the speaker's own town
    if (cue.level() == TOWN && cue.word().startsWith("镇") && before.endsWith("乡")) return true;
    // "各镇(街道)", "乡镇、街道": towns listed as the audience of a county or district
    if (cue.word().equals("街道")
        && (!before.isEmpty() && "(（、镇各".indexOf(before.charAt(before.length() - 1)) >= 0
            || !after.isEmpty() && ")）、".indexOf(after.charAt(0)) >= 0)) {
      return true;
    }
    return false;
  }

  /** How often a text speaks of its own jurisdiction (全县, 我市, 本区 …): cues of weight 2. */
  static int selfReferences(String text) {
    int[] n = new int[1];
    MATCHER.scan(
        text,
        (k, start, end) -> {
          Cue cue = CUES.get(k);
          if (cue.weight() == 2 && cue.level() > NATION && !spurious(text, cue, start, end)) n[0]++;
        });
    return n[0];
  }

  /** "全县", "我县", "本县"…: the speaker's own jurisdiction named in his words. */
  private static final Pattern OWN = Pattern.compile("(?:全|我|本)(省|市|区|县|旗|镇|乡|街道)(?![域场])");

  /** How often the text names each level as its own (全县, 我县, 本县), per level index. */
  static int[] ownReferences(String text) {
    int[] n = new int[LEVELS.size()];
    Matcher m = OWN.matcher(text);
    while (m.find()) {
      if (IN_A_WORD
          .matcher(text)
          .region(m.end(1) - 1, Math.min(text.length(), m.end(1) + 1))
          .find()) {
        continue;
      }
      n[maskedLevel(m.group(1))]++;
    }
    return n;
  }

  /** The level index with the highest score, or -1 when there is no cue at all. */
  static int best(int[] scores) {
    int best = -1;
    for (int i = 0; i < scores.length; i++) {
      if (scores[i] > 0 && (best < 0 || scores[i] >= scores[best])) best = i;
    }
    return best;
  }
}
