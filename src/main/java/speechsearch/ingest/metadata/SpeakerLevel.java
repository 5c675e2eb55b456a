package speechsearch.ingest.metadata;

import static speechsearch.ingest.metadata.LevelCues.CITY;
import static speechsearch.ingest.metadata.LevelCues.COUNTY;
import static speechsearch.ingest.metadata.LevelCues.DISTRICT;
import static speechsearch.ingest.metadata.LevelCues.NATION;
import static speechsearch.ingest.metadata.LevelCues.PROVINCE;
import static speechsearch.ingest.metadata.LevelCues.TOWN;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import speechsearch.ingest.clean.TitleText;
import speechsearch.ingest.text.CharNormalizer;

/**
 * The level of the speaker's own office, where the page says who speaks: the role before 在 in the
 * title ("县委书记在…", "镇党委书记在…", "市教育局长在…"), a byline ("XX镇党委书记XXX"), or the speaker naming whom he
 * speaks for ("我代表某某县委、县政府…"). This outranks the cue words, which also describe the meeting and its
 * audience: a county head reporting at a city meeting (全市…会议) speaks as 县. A school, hospital or
 * company speaker ({@link #INSTITUTION}) has no administrative level at all.
 */
final class SpeakerLevel {

  /** Returned for a school, hospital or company speaker. */
  static final int INSTITUTION = -2;

  /** A role with its unit: 县委书记, 副县长, 镇党委书记, 区人大常委会主任, 县教育局局长, 街道党工委书记. */
  private static final Pattern ROLE =
      Pattern.compile(
          "(省|自治区|市(?!场)|州|(?<![社园景校])区|县|旗|镇|乡|街道)(?:委|党委|党工委|人大常委会|人大|政协|人民政府|政府|办事处"
              // the unit nearest the role is his: 汕头市潮阳区审计局局长 is the district's
              + "|(?:(?!省|市(?!场)|区|县|旗|州|镇|乡)\\p{IsHan}){0,6}?)"
              // 领导 names the speaker only where it ends his part ("市领导在…"), not in a theme that
              // speaks of leadership ("坚持县委统一领导 推进乡村全面振兴")
              + "(?:常务)?(?:副|代|常务副)?(书记|主席|主任|局长|厅长|委员|处长|科长|(?:主要)?领导(?=\\s*$))"
              + "|(?:副|代|常务副)?(省|市|区|县|旗|镇|乡)长");

  /**
   * Heads of a school, hospital, company or association, and a village's secretaries (a village is
   * no level of government). A court's 院长 is not one of them.
   */
  private static final Pattern INSTITUTION_ROLE =
      Pattern.compile(
          "董事长|总经理|總經理|厂长|廠長|校长|校長|(?<!法|检察)院长|(?<!法|检察)院長|园长|園長"
              // a college's or university's own party committee
              + "|(?:学院|學院|大学|大學)党委(?:副)?书记|(?:学院|學院|大学|大學)黨委(?:副)?書記"
              + "|驻村(?:第一)?书记|村(?:党支部|党总支|支部)?书记|村支书|村委会主任"
              // heads of associations, chambers and learned societies: no office of government
              + "|(?:协会|商会|学会|分会|研究会|促进会|基金会)(?:常务)?(?:副)?(?:会长|理事长|秘书长)");

  /** Posts of the national government and national bodies, named as such. */
  private static final Pattern NATIONAL_ROLE =
      Pattern.compile(
          "国务院(?:副)?总理|国务委员|国家(?:副)?主席|全国人大常委会(?:副)?委员长|全国政协(?:副)?主席"
              + "|国务院(?:办公厅|\\p{IsHan}{1,8}?(?:部|委员会|委|局|署|办公室))(?:常务)?(?:副)?(?:部长|主任|局长|署长|秘书长)");

  /** The head of a province's department (厅), not of a general office (办公厅) of a city. */
  private static final Pattern DEPARTMENT_HEAD = Pattern.compile("(?<!办公)厅(?:长|党组书记)");

  /**
   * Speaking for a unit: 我代表县委、县政府 / 代表某某镇党委 / 我代表县人大常委会 / 我代表新开镇发言. A unit's statement at a
   * meeting of several counts only in the speaker's own words: the host of a county's meeting
   * announces another's ("请李某同志代表城关镇作表态发言").
   */
  private static final Pattern ON_BEHALF = onBehalf();

  private static Pattern onBehalf() {
    String own = "(?<=我|我们|谨)代表"; // the speaker's own words, not a host's announcement
    String within = "[^。；，,、:：]{0,8}?"; // the words before the unit, inside one clause
    return Pattern.compile(
        "代表"
            + within
            + "(省|市|区|县|旗|镇|乡|街道)(?:委|党委|党工委|人民政府|政府|人大常委会)"
            + ("|" + own + within + "(省|市|区|县|旗|镇|乡|街道)(?=发言|作表态|表态|交流发言)")
            // a unit of a level that the speaker leads or sits in (我谨代表县敬老院建设工作领导小组和县民政局党组, 我代表县委
            // 第三巡察组), named right after 代表
            + ("|"
                + own
                + "(省|市(?!场)|区(?!域)|县(?!域)|旗|镇|乡|街道)(?=[^。；，,、:：]{1,12}?(?:领导小组|党组|巡察组|督导组|工作组|指挥部)(?![成员]))")
            // a province's department (我谨代表福建省水利厅), a national bureau (我代表国家邮政局)
            + ("|" + own + within + "(省|自治区)(?=[^。；，,、:：]{1,6}?厅(?!长))")
            // a people's organisation of a level (我代表省慈善总会, 我代表市总工会), never one named for
            // a market or a region (我代表市场营销协会, 我代表区域经济学会)
            + ("|"
                + own
                + "(省|自治区|市(?!场)|县(?!域)|区(?!域))(?=\\p{IsHan}{0,6}?(?:总会|协会|联合会|商会|工会|学会)(?![员议]))")
            + ("|" + own + "(国家)(?=\\p{IsHan}{1,8}?(?:总局|局|委|部|署)(?![长门员]))")
            // a bureau of a level, its place masked or not (我谨代表XX市民政局, 我代表县教育局)
            + ("|" + own + "(?:XX|xx|××|某)?(市(?!场)|县(?!域)|区(?!域))(?=\\p{IsHan}{1,5}?局(?![长门员]))")
            // a ministry (我代表水利电力部), never a local organ's department (县委组织部) or a party branch
            // (校党支部)
            + ("|" + own + "((?:(?![省市县区镇乡州旗委厅局])\\p{IsHan}){2,6}(?<!支)部)(?![门分长])"));
  }

  /** The speaker himself speaking for a unit (我代表, 我们谨代表), not a third person (巡察组组长代表…). */
  private static final Pattern MY_BEHALF =
      Pattern.compile("(?:我|我们|谨)(?:" + ON_BEHALF.pattern() + ")");

  /** A school, hospital or company speaking of itself. */
  private static final Pattern INSTITUTION_SELF =
      Pattern.compile(
          "我校|本校|全校|我们学校|代表学校|代表校委会|代表校党|代表校长室|我公司|本公司|全公司|我们公司|代表公司|公司全体|我厂|本厂|全厂"
              + "|我们医院|代表医院|全院职工|我们集团|本集团|全集团"
              // a hospital named by its kind: 我代表中医院党、政、工、团、妇, 全院医务工作者
              + "|代表[^，,。；]{0,6}?(?:医院|卫生院)|全院(?:医务|干部职工|医护)"
              // a company named in full, an association speaking of itself and to its members
              + "|代表[^，,。；]{2,16}(?:有限公司|有限责任公司|股份公司|集团)|公司全体员工|(?<![基成资根样日])本会(?![议计])|各位会员|全体会员");

  private SpeakerLevel() {}

  /**
   * The speaker's level index in {@link LevelCues#LEVELS}, {@link #INSTITUTION}, or -1 when the
   * page does not say who speaks. {@code head} is the title and subtitle, {@code lead} the head
   * lines and the opening of the body (simplified script).
   */
  static int of(String head, String lead) {
    int role = roleBefore(head);
    Matcher m = ON_BEHALF.matcher(lead);
    int behalf = m.find() ? unitLevel(m) : -1;
    // a site may call the speaker 校长 where he speaks for 区委、区政府 (at an elders' college): his
    // own words name his office
    if (role == INSTITUTION && behalf != -1) return behalf;
    // a byline with two posts ("晋中市政协副主席 / 寿阳县人民政府县长"), or a site's title calling him 县领导
    // where his own words speak for 区委: the office he speaks for, when the head names that level
    // too
    if (role != -1 && behalf != -1 && behalf != role) {
      Matcher mine = MY_BEHALF.matcher(lead);
      if (mine.find() && unitLevel(mine) == behalf && namesLevel(head, behalf)) return behalf;
    }
    if (role != -1) return role;
    if (behalf != -1) return behalf;
    int institution = count(INSTITUTION_SELF, lead) + count(INSTITUTION_ROLE, head) * 2;
    return institution >= 2 && institution > LevelCues.selfReferences(lead) ? INSTITUTION : -1;
  }

  /** The level of the unit a match of {@link #ON_BEHALF} speaks for. */
  private static int unitLevel(Matcher m) {
    return levelOf(MatchGroups.first(m));
  }

  /** The role named before the first 在 of a title ("县委书记张渭在…"), or in a short byline. */
  private static int roleBefore(String head) {
    for (String line : head.split("\n")) {
      String speaker = speakerPart(line);
      if (speaker.isEmpty()) continue;
      if (INSTITUTION_ROLE.matcher(speaker).find() && !ROLE.matcher(speaker).find()) {
        return INSTITUTION;
      }
      // the State Council's and the national bodies' leaders: "国务院副总理吴仪", "国务委员在…"
      if (NATIONAL_ROLE.matcher(speaker).find()) return NATION;
      // a 厅 is a province's department: "厅长在…仪式上的讲话"
      if (DEPARTMENT_HEAD.matcher(speaker).find() && !ROLE.matcher(speaker).find()) return PROVINCE;
      Matcher m = ROLE.matcher(speaker);
      int found = -1;
      // "市委副书记、市长": the last role is his
      while (m.find()) found = levelOf(m.group(1) != null ? m.group(1) : m.group(3));
      if (found >= 0) return found;
    }
    return -1;
  }

  /**
   * The part of a title or byline that names the speaker: before 在 ("县委书记张渭在…"), or before the
   * speech word of a title without 在 ("镇党委书记冬训动员报告讲话"), or a whole short byline.
   */
  private static String speakerPart(String line) {
    if (line.length() > 60 || CharNormalizer.hasSentencePunct(line)) return "";
    int at = line.indexOf('在');
    if (at == 0) return "";
    if (at > 0) return line.substring(0, Math.min(at, 24));
    Matcher end = TitleText.SPEECH_END.matcher(line);
    return end.find() ? line.substring(0, end.start()) : line.length() <= 30 ? line : "";
  }

  /**
   * An organ or post of a unit, 县人民政府县长, 区政协; group 1 is the unit, as {@link #levelOf} reads it.
   */
  private static final Pattern ORGAN =
      Pattern.compile("(省|自治区|市|区|县|旗|镇|乡|街道)(?:委|党委|党工委|人民政府|政府|政协|人大|长(?![江期]))");

  /**
   * Whether the head names an organ or post of that level where it names the speaker: in a byline,
   * or in a title before its 在 (the meeting's name after it may be another level's: 在市委巡察组…).
   */
  private static boolean namesLevel(String head, int level) {
    for (String line : head.split("\n")) {
      int at = line.indexOf('在');
      Matcher m = ORGAN.matcher(at < 0 ? line : line.substring(0, at));
      while (m.find()) if (levelOf(m.group(1)) == level) return true;
    }
    return false;
  }

  private static int levelOf(String unit) {
    if (unit.endsWith("部")) return NATION; // a ministry
    return switch (unit) {
      case "国家" -> NATION;
      case "省", "自治区" -> PROVINCE;
      case "市", "州" -> CITY;
      case "区" -> DISTRICT;
      case "县", "旗" -> COUNTY;
      default -> TOWN;
    };
  }

  private static int count(Pattern p, String text) {
    int n = 0;
    Matcher m = p.matcher(text);
    while (m.find()) n++;
    return n;
  }
}
