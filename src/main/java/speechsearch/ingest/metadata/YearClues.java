package speechsearch.ingest.metadata;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import speechsearch.ingest.text.CharNormalizer;

/**
 * The year a speech was given, read from its opening when no title or date line says it. Two kinds
 * of clue, in this order:
 *
 * <ul>
 *   <li>{@code text}: the opening names the year as the present: 今天是2021年第一个工作日, 今年是2025年,
 *       召开…2025年第2次会议, 庆祝2011年教师节, 研究部署2026年工作;
 *   <li>{@code inferred}: a numbered event whose first year is known fixes it: 第34个教师节 (the first
 *       was 1985) → 2018, "十一五"开局之年 → 2006, 全国政协十一届一次会议 → 2008, 建党91周年 → 2012.
 * </ul>
 *
 * Last, the year a summary's or report's opening reviews ({@link ReviewedYear}, {@code inferred}).
 * Only clues that cannot mean another year count: a year in a review (回顾2018年…) or a target
 * (到2020年) is not the present, and hints such as who held an office are not used.
 *
 * <p>Over 300 lines: each clue is one pattern and a few lines reading it, and they only make sense
 * in their order of trust, so they stay together.
 */
final class YearClues {

  /** A year found, with its kind: {@code text} or {@code inferred}. */
  record Found(int year, String source) {}

  private static final String NUM = "[〇○零一二两三四五六七八九十百\\d]{1,5}";

  private static final Pattern PRESENT =
      Pattern.compile(
          "(?:今天是|今年是|今天[,，]\\s?|(?<![将要])(?:进入|步入|迈入|跨入))((?:19|20)\\d{2})年(?![Xx代])"
              // the class that graduates at the ceremony: 2023届学生的毕业典礼
              + "|(?<![\\dXx])((?:19|20)\\d{2})届[^。；;！？!?，,]{0,12}毕业(?:典礼|仪式)"
              // the class the speech welcomes: 隆重举行2017级新生开学典礼
              + "|(?<![\\dXx])((?:19|20)\\d{2})[级級](?:新生|新同学|新同學)[^。；;！？!?，,]{0,8}(?:开学|開學|入学|入學)(?:典礼|典禮|仪式|儀式)"
              // the class the speech sees off: 向…2016届全体毕业生表示祝贺
              + "|(?<![\\dXx])((?:19|20)\\d{2})届的?(?:全体|各位)(?:本科|研究生|硕士|博士)?毕业生"
              + "|(?:召开|举行|举办|庆祝|迎来了?|开启|部署|安排|启动|宣读了?|印发了?|下发了?|传达了?|签订了?|签署了?)"
              + "[^。；;！？!?,，]{0,20}?"
              + "(?<![\\dXx])((?:19|20)\\d{2})年(?:度)?(?![\\dXx])(?!以来|底|末|前|之前|的?目标|之后)"
              + "|(?<![\\dXx])((?:19|20)\\d{2})年(?:度)?第"
              + NUM
              + "次[^。，,；]{0,12}会"
              // a part of the year reported as it ends: 2025年一季度经济运行, 2019年上半年
              + "|(?<![\\dXx])((?:19|20)\\d{2})\\s?年(?:一季度|第一季度|二季度|第二季度|上半年|前三季度|1-\\d{1,2}月)"
              // this year's examinations, met or celebrated: "在2018年中招的竞技场上", "2017年高考，…又取得了骄人的成绩"
              + "|(?<![\\dXx])((?:19|20)\\d{2})\\s?年的?(?:高考|中考|中招)"
              // the new year greeted: "满怀豪情迎接2018年新春钟声的敲响"
              + "|迎接((?:19|20)\\d{2})\\s?年的?(?:新春|新年|春节|元旦)"
              // this year's decision of the committees above: "…工作是2023年省委、省政府的一项重大决策部署"
              + "|是\\s?((?:19|20)\\d{2})\\s?年(?:省委|市委|县委|区委)");

  /** Words that make a year in the same clause a look back, not the present. */
  private static final Pattern REVIEW =
      Pattern.compile("回顾|总结|去年|过去|以来|刚刚过去|上一年|回想|当年|到\\s*$|至\\s*$");

  private static final Pattern PERSONAL = Pattern.compile("[你我他她][们們]?的?$");

  /** Numbered days and months with their first year: 第N个教师节 is 1984 + N. */
  private record Day(Pattern pattern, int base) {}

  private static final List<Day> DAYS =
      List.of(
          day("(?:个|届|屆|個)(?:“|\")?(?:教师节|教師節)", 1984),
          day("(?:个|個)(?:“|\")?全国安全生产月", 2001),
          day("(?:个|個)(?:“|\")?(?:中国农民丰收节|农民丰收节)", 2017),
          day("(?:个|個)(?:“|\")?国家宪法日", 2013),
          day("(?:个|個)(?:“|\")?全民国家安全教育日", 2015),
          day("(?:个|個)(?:“|\")?全国扶贫日", 2013),
          day("(?:次|个|個)(?:“|\")?全国助残日", 1990),
          day("(?:个|個)(?:“|\")?中国医师节", 2017),
          day("(?:个|個)(?:“|\")?爱国卫生月", 1988),
          day("(?:个|個)(?:“|\")?中国人民警察节", 2020),
          day("(?:个|個)(?:“|\")?全国防灾减灾日", 2008),
          day("(?:个|個)(?:“|\")?中国航天日", 2015),
          day("(?:个|個)(?:“|\")?全国生态日", 2022),
          // 2025 is the 115th 三八; 2024 the 113th nurses' day, the 25th journalists' day, the 33rd
          // fire-safety day (119), the 29th world book day, the 37th anti-drug day; 2019 the 41st
          // tree-planting day
          day("(?:个|個)(?:“|\")?(?:三八|三·八)(?:”|\")?(?:国际)?(?:劳动)?妇女节", 1910),
          day("(?:个|個)(?:“|\")?(?:5·12|5.12)?(?:”|\")?国际护士节", 1911),
          day("(?:个|個)(?:“|\")?中国记者节", 1999),
          // 2004's 八一 is the 77th, counted from the uprising of 1927
          day("(?:个|個)(?:“|\")?(?:八一|八·一)(?:”|\")?建军节", 1927),
          day("(?:个|個)(?:“|\")?(?:119|全国)(?:”|\")?(?:全国)?消防(?:宣传)?日", 1991),
          day("(?:个|個)(?:“|\")?世界读书日", 1995),
          day("(?:个|個)(?:“|\")?国际禁毒日", 1987),
          // the tree-planting day was set in 1979: 2019's is the 41st
          day("(?:个|個)(?:“|\")?(?:全民义务)?植树节", 1978),
          // the world post day was first kept in 1970: 2004's is the 35th
          day("(?:个|個|届)(?:“|\")?世界邮政日", 1969),
          // the world blood donor day was first kept in 2004: 2011's is the 8th
          day("(?:个|個|届)(?:“|\")?世界(?:无偿)?献血者日", 2003));

  private static Day day(String after, int base) {
    return new Day(Pattern.compile("第(" + NUM + ")" + after), base);
  }

  private static final Pattern PLAN_YEAR =
      Pattern.compile(
          "[“\"]?十([一二三四五])?五[”\"]?(?:规划|計劃|计划|時期|时期)?(?:的)?"
              + "(开局之年|开局年|起步之年|第一年|首年|首日|收官之年|最后一年|收官年|开好局)");

  /**
   * A plan being closed this year: "在我区收官“十三五”、谋划“十四五”之际", "“十二五”即将收官之际" is the plan's last year.
   */
  private static final Pattern PLAN_CLOSING =
      Pattern.compile(
          "收官([“\"])?十([一二三四五])?五[”\"]?(?:规划)?[、,，和与及]"
              + "|([“\"])?十([一二三四五])?五[”\"]?(?:规划)?(?:即将|就要)?收官(?:之际|[、,，])");

  /** The long form of a plan's year: 第十二个五年规划的开局之年 is 2011. */
  private static final Pattern PLAN_YEAR_LONG =
      Pattern.compile("第(十[一二三四五]?)个五年(?:规划|计划)(?:纲要)?的?(开局之年|开局年|起步之年|第一年|首年|收官之年|最后一年|收官年)");

  /**
   * A Party Congress named as this year's: "今年是全面落实十七大精神的第一年" (the year after it), "今年是党的十八大召开之年",
   * "再过二十多天党的二十大就要召开" (its own year). A congress held "以来" is a look back and never counts.
   */
  private static final Pattern AFTER_CONGRESS =
      Pattern.compile("(?:党的)?(十[一二三四五六七八九]|二十)大[^。；;！？!?]{0,12}?(?:开局之年|第一年|首年)");

  private static final Pattern CONGRESS_YEAR =
      Pattern.compile(
          "(?:迎接|喜迎)(?:党的)?(十[一二三四五六七八九]|二十)大"
              // "为党的十八大胜利召开创造良好环境": a congress still to come this year; 营造了 looks back
              // on it from a later year's report
              + "|为(?:党的|[XＸx×*＊]的)?(十[一二三四五六七八九]|二十)大(?:和[^。，,；;]{2,12}?)?(?:的)?(?:胜利|顺利)?召开(?:营造|创造|提供)(?!了)"
              + "|(?:党的)?(十[一二三四五六七八九]|二十)大(?:召开之年|胜利召开之年|(?:即将|就要|将要|就将)(?:胜利)?召开"
              // "在党的十九大刚刚闭幕的时刻": just ended, not a look back from later (闭幕以来)
              + "|(?:刚刚|胜利)闭幕(?!以来|后的))"
              // "下半年还要召开党的二十大", not a meeting on it held later ("还要召开党的二十大精神宣讲报告会")
              + "|(?:即将|就要|将要|还要|还将)(?:胜利)?召开(?:党的)?(十[一二三四五六七八九]|二十)大(?!的?精神|代表|报告)");

  /** A Party Congress held last year: "去年10月，党的二十大胜利召开" is of the year after it. */
  private static final Pattern LAST_YEARS_CONGRESS =
      Pattern.compile(
          "去年(?:\\d{1,2}月|[一二三四五六七八九十]{1,2}月)?[,，]?\\s?(?:党的)?(十[一二三四五六七八九]|二十)大(?:胜利|隆重)?(?:召开|闭幕)");

  /** Years the speeches of their time name by their task: 全面深化改革的开局之年 is 2014. */
  private static final Pattern NAMED_YEAR = Pattern.compile("全面深化改革的?(?:开局之年|第一年|元年)");

  /**
   * The year poverty relief, the pollution campaign and the moderately prosperous society ended:
   * 2020.
   */
  private static final Pattern DECISIVE_YEAR =
      Pattern.compile(
          "今年是[^。；;！？!?]{0,12}?(?:污染防治攻坚战|脱贫攻坚|全面建成小康社会)[^。；;！？!?]{0,6}?(?:决战年|决战之年|决胜之年|收官之年)");

  /** The five-year transition after the end of poverty relief (2021-2025), named like a plan. */
  private static final Pattern TRANSITION =
      Pattern.compile("(?:5|五)年过渡期[”\"]?的?[“\"]?(开局之年|第一年|首年|收官之年|最后一年|收官年)");

  private static final Pattern SESSION =
      Pattern.compile(
          "(?:全国(?:人大|人民代表大会|政协|政治协商会议)?(?:第)?("
              + NUM
              + ")届(?:全国人民代表大会|全国委员会)?"
              // "十届全国人大四次会议": the term before 全国
              + "|(?<![省市县区])(?:第)?("
              + NUM
              + ")届全国(?:人大|人民代表大会|政协))(?:第)?("
              + NUM
              + ")次");

  private static final Pattern ANNIVERSARY =
      Pattern.compile(
          "(建党|中国共产党成立|党的|建国|国庆|新中国成立|中华人民共和国成立|伟大祖国|祖国|改革开放|建军|人民解放军建军|抗日战争胜利|抗战胜利"
              + "|秋收起义|南昌起义|红军长征胜利|长征胜利|五四运动|辛亥革命|香港回归|澳门回归|西藏和平解放"
              + "|中国人民志愿军抗美援朝出国作战|恢复高考|西部大开发|人民代表大会成立|人民代表大会制度建立|人民政协成立"
              + "|中华全国总工会成立|全国总工会成立|共青团成立|中国共产主义青年团成立|全国妇联成立"
              // "“三八”国际劳动妇女节107周年" is 2017's, "八一建军节77周年" 2004's
              + "|[“\"]?三八[”\"]?(?:国际)?(?:劳动)?妇女节|[“\"]?八一[”\"]?建军节)"
              + "("
              + NUM
              + ")(?:周年|周岁华诞|周岁生日|岁生日|年华诞|周年华诞)"
              + "|(?:我们党|中国共产党|党)从建党至今[,，]?走过了("
              + NUM
              + ")年");

  /** A year's results read out later: its awards, ratings and rankings, in the same clause. */
  private static final String RESULT_OF = "[^。；;！？!?，,]{0,16}?(?:先进|表彰|考核|考评|测评|评价|评比|排名|获奖)";

  private static final Pattern LOOK_BACK =
      Pattern.compile(
          "(?:回顾|总结)(?:了)?(?:总结)?[^。；;！？!?]{0,10}?((?:19|20)\\d{2})年(?![\\dXx])"
              + "|刚刚过去的((?:19|20)\\d{2})年"
              + "|(?:就|对)\\s?((?:19|20)\\d{2})\\s?年(?:度)?[^。；;！？!?]{0,20}?(?:工作)?(?:进行了|作了|做了)总结"
              + "|(?:表彰|颁发|颁奖|奖励)(?:了)?[^。；;！？!?]{0,8}?((?:19|20)\\d{2})年度"
              // "向在2017年工作中做出优异成绩的先进集体和个人表示祝贺": last year's best, honoured now
              + "|向在((?:19|20)\\d{2})年度?(?:的)?工作中(?:做出|作出|取得)[^。；;！？!?]{0,12}?(?:先进|集体|个人|单位)"
              + "|(?:通报|宣读|公布)了?[^。；;！？!?]{0,12}?((?:19|20)\\d{2})\\s?年度?"
              + "(?="
              + RESULT_OF
              + ")");

  /** What a year is given for when it is a past year's result: 2019年先进单位, 2020年营商环境评价. */
  private static final Pattern RESULT = Pattern.compile("^度?" + RESULT_OF);

  /** A plan's draft before a congress: the plan's first year ("十一五"规划纲要(草案)的说明 → 2006). */
  private static final Pattern PLAN_DRAFT =
      Pattern.compile("[“\"]?十([一二三四五])?五[”\"]?(?:规划纲要|规划)[(（]草案");

  private static final Pattern PURPOSE =
      Pattern.compile(
          "(?<![\\dXx至到-])((?:19|20)\\d{2})年是[^。；;！？!?]{0,30}?之年(?![^。]{0,6}(?:以来|过去))");

  /** Words that put a sentence's commemoration in the past: 去年，我们纪念了…. */
  private static final Pattern PAST = Pattern.compile("去年|前年|曾经|当年");

  /**
   * Words that put a sentence in the present: an anniversary or a session being marked now. 刚刚过去的一年
   * is last year, not now.
   */
  private static final Pattern NOW =
      Pattern.compile("今年|今天|今晚|这次|此次|本次|值此|之际|即将|刚刚(?!过去)|喜迎|隆重|庆祝|纪念(?![馆館碑堂品章])");

  /** A greeting given as a new year begins: 值此元旦佳节…, 在这辞旧迎新的时刻. */
  private static final Pattern NEW_YEAR_GREETING =
      Pattern.compile("(?:值此|在这)[^。；;！？!?]{0,12}?(?:元旦|新年|新春|春节|辞旧迎新|岁序更替)");

  /**
   * The year a greeting looks back on, closing its clause: "回眸2022年，…", "告别了…的2023年。" (not
   * "回首2012年…以来的十年").
   */
  private static final Pattern GLANCE_BACK =
      Pattern.compile(
          "(?:回眸|回望|回首|回顾|刚刚过去的|(?<![将要在])告别了?(?:[^。，,；;]{0,12}的)?)\\s?((?:19|20)\\d{2})\\s?年[，,。]");

  /**
   * A year named in the sexagenary cycle (乙巳蛇年, 甲辰年), written as its year of 1984–2043 (甲子 is
   * 1984): "值此乙巳蛇年春节到来之际" reads as "值此2025年春节…".
   */
  private static final Pattern SEXAGENARY =
      Pattern.compile("([甲乙丙丁戊己庚辛壬癸])([子丑寅卯辰巳午未申酉戌亥])[鼠牛虎兔龙龍蛇马馬羊猴鸡雞狗猪豬]?年");

  /** What a greeted year is the year of: 乙巳蛇年春节, 己亥年新春致辞. */
  private static final Pattern GREETING_WORD =
      Pattern.compile("\\s?(?:春节|新春|新年|元宵|团拜|致辞|贺词|贺信|献词)");

  /** Words before a year just past: 刚刚过去的甲辰龙年. */
  private static final Pattern JUST_PAST = Pattern.compile("过去的$|告别了?$");

  private static final String STEMS = "甲乙丙丁戊己庚辛壬癸";
  private static final String BRANCHES = "子丑寅卯辰巳午未申酉戌亥";

  static String sexagenaryYears(String s) {
    return sexagenaryYears(s, false);
  }

  /**
   * @param pastToo whether a year just past counts too: in an opening, not in a title ("告别甲辰年
   *     喜迎乙巳年" names the new year by the second)
   */
  static String sexagenaryYears(String s, boolean pastToo) {
    if (s == null) return null;
    Matcher m = SEXAGENARY.matcher(s);
    if (!m.find()) return s;
    StringBuilder out = new StringBuilder(s.length() + 8);
    do {
      // only a year being greeted or just past (乙巳蛇年春节, 刚刚过去的甲辰龙年), never 一甲子 or 甲子年华
      String before = s.substring(Math.max(0, m.start() - 6), m.start());
      boolean greeted = GREETING_WORD.matcher(s).region(m.end(), s.length()).lookingAt();
      if (before.endsWith("一") || !greeted && !(pastToo && JUST_PAST.matcher(before).find())) {
        m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
        continue;
      }
      int stem = STEMS.indexOf(m.group(1).charAt(0));
      int branch = BRANCHES.indexOf(m.group(2).charAt(0));
      // the cycle position whose stem and branch these are: i ≡ stem (mod 10), i ≡ branch (mod 12)
      int i = stem;
      while (i % 12 != branch && i < 60) i += 10;
      m.appendReplacement(out, i < 60 ? (1984 + i) + "年" : Matcher.quoteReplacement(m.group()));
    } while (m.find());
    m.appendTail(out);
    return out.toString();
  }

  private YearClues() {}

  /** The clue in the title and the opening text (both may be null), or null. */
  static Found find(String title, String opening) {
    String t = title == null ? "" : sexagenaryYears(ChineseNumbers.arabicYears(title));
    String o = opening == null ? "" : sexagenaryYears(ChineseNumbers.arabicYears(opening), true);
    Integer y = present(o);
    if (y == null) y = yearOfPurpose(o);
    if (y == null) y = countedFrom(o);
    if (y == null) y = yearOfThisYearsBusiness(o);
    if (y != null) return new Found(y, "text");
    y = inferred(t, true);
    if (y == null) y = inferred(o, false);
    if (y == null) y = yearAfter(o);
    if (y == null) y = ReviewedYear.inOpening(o);
    return y == null ? null : new Found(y, "inferred");
  }

  /**
   * A meeting early in a year that looks back on the one before: "回顾总结2004年…工作，研究部署今年…",
   * "刚刚过去的2025年", awards "表彰2012年度先进", results read out "通报了2020年营商环境评价情况": the year after the one
   * named.
   */
  private static Integer yearAfter(String text) {
    // a new-year greeting looking back: "值此元旦佳节…回眸2022年" is of 2023
    if (NEW_YEAR_GREETING.matcher(text).find()) {
      Matcher g = GLANCE_BACK.matcher(text);
      if (g.find()) return Integer.parseInt(g.group(1)) + 1;
    }
    Matcher m = LOOK_BACK.matcher(text);
    while (m.find()) {
      String g = null;
      for (int k = 1; g == null && k <= m.groupCount(); k++) g = m.group(k);
      if (m.group(1) != null) {
        // a review counts only when the same opening turns to this year's work
        if (!turnsToNextYear(text, m.end(), Integer.parseInt(g) + 1)) continue;
      }
      return Integer.parseInt(g) + 1;
    }
    // "既是对2025年工作的系统总结,更是对2026年…的部署": a summing-up that turns to the next year
    Matcher r = SUMMING_UP.matcher(text);
    while (r.find()) {
      int next = Integer.parseInt(r.group(1)) + 1;
      if (turnsToNextYear(text, r.end(), next)) return next;
    }
    return null;
  }

  /**
   * Whether the 80 characters after {@code from} turn to this year's work: 今年, 新的一年, or {@code
   * next}年.
   */
  private static boolean turnsToNextYear(String text, int from, int next) {
    String rest = text.substring(from, Math.min(text.length(), from + 80));
    return rest.contains("今年") || rest.contains(next + "年") || rest.contains("新的一年");
  }

  /** A year's work summed up: 对2025年工作的系统总结, 对2019年度工作进行回顾. */
  private static final Pattern SUMMING_UP =
      Pattern.compile(
          "对\\s?((?:19|20)\\d{2})\\s?年度?(?:工作|各项工作)?(?:的|进行)?(?:系统|全面|认真)?(?:总结|回顾|复盘)");

  private static Integer present(String text) {
    Matcher m = PRESENT.matcher(text);
    while (m.find()) {
      int k = 1;
      while (m.group(k) == null) k++;
      // a year entered, or an examination year, is read against its whole sentence: 回想1999年底，我们…步入
      // 2000年; 回顾过去，2016年高考我校…
      int from =
          READ_IN_SENTENCE.matcher(m.group()).find()
              ? sentenceStart(text, m.start())
              : clauseStart(text, m.start());
      String before = text.substring(from, m.start(k));
      String after = text.substring(m.end(), Math.min(text.length(), m.end() + 4));
      // a past year's awards or ratings read out now are not this year (宣读了2019年先进单位)
      boolean result = RESULT.matcher(text).region(m.end(), text.length()).lookingAt();
      if (!REVIEW.matcher(before).find() && !after.matches("^[议]?(以来|期间|之后|后).*") && !result) {
        return Integer.valueOf(m.group(k));
      }
    }
    return null;
  }

  private static final Pattern READ_IN_SENTENCE = Pattern.compile("进入|步入|迈入|跨入|高考|中考|中招");

  private static int sentenceStart(String s, int pos) {
    for (int i = pos - 1; i >= 0; i--) {
      char c = s.charAt(i);
      if (CharNormalizer.isSentenceEnd(c) || c == '\n') return i + 1;
    }
    return 0;
  }

  private static int clauseStart(String s, int pos) {
    for (int i = pos - 1; i >= 0; i--) {
      char c = s.charAt(i);
      if (CharNormalizer.isSentenceEnd(c) || CharNormalizer.isComma(c) || c == '\n') return i + 1;
    }
    return 0;
  }

  /** How long, in years or editions, the text counts from a year it names. */
  private static final String SPAN = "(\\d{1,2}|[一二三四五六七八九十]{1,3})";

  /** "自2004年…以来,已经历三年时间", "从2000年开始编纂,历时五年": the year named and the years since. */
  private static final Pattern YEARS_SINCE =
      Pattern.compile(
          "[自从](\\d{4})年[^。；;！？!?]{0,50}?(?:以来|开始|开头|起)[^。；;！？!?]{0,20}?"
              + "(?:已经|已|至今|到今天|到现在)?(?:经历|历时|走过|过去)了?"
              + SPAN
              + "(?:个)?年(?!代|前)");

  /** "自2004年首次举办,到今年已经连续开展了九届": the first edition's year and this year's count. */
  private static final Pattern EDITIONS_SINCE =
      Pattern.compile(
          "[自从](\\d{4})年(?:首次|第一次|开始)[^。；;！？!?]{0,20}?(?:举办|开展|举行|创办)"
              + "[^。；;！？!?]{0,12}?(?:到今年|至今年|今年是?)[^。；;！？!?]{0,12}?"
              + SPAN
              + "(?:届|次)");

  /** "五年来,…森林覆盖率由1998年的58%达到65.2%": the years since the figure the sentence starts from. */
  private static final Pattern YEARS_UP_FROM =
      Pattern.compile(SPAN + "年来[,，][^。；;！？!?]{0,80}?由((?:19|20)\\d{2})年(?:底|末)?的");

  /** An event held less often than once a year: 每四年举办一届, 两年一届, 隔年举办. */
  private static final Pattern NOT_YEARLY =
      Pattern.compile("每(?:隔)?[两二三四五2-5]年|[两二三四五2-5]年(?:一届|一次|举办一次|一度)|隔年");

  /** A span that ended in a year the sentence names: 历时五年,于1997年建成通车. */
  private static final Pattern ENDED_IN =
      Pattern.compile("(?:19|20)\\d{2}年[^。；;！？!?，,]{0,8}?(?:建成|完成|竣工|通车|投产|投用|落成|结束)");

  /** The year the speech is given, counted on from a year it names; null when it counts none. */
  private static Integer countedFrom(String text) {
    Matcher u = YEARS_UP_FROM.matcher(text);
    if (u.find()) {
      int n = ChineseNumbers.parse(u.group(1));
      if (n > 1 && n < 40) return Integer.parseInt(u.group(2)) + n;
    }
    Matcher e = EDITIONS_SINCE.matcher(text);
    // editions count years only where the event is yearly: a games held every four years is not
    if (e.find() && !NOT_YEARLY.matcher(sentenceAround(text, e.start())).find()) {
      int n = ChineseNumbers.parse(e.group(2));
      if (n > 1 && n < 60) return Integer.parseInt(e.group(1)) + n - 1;
    }
    Matcher y = YEARS_SINCE.matcher(text);
    // the years counted reach the present unless the sentence goes on to the year they ended in
    if (y.find() && !ENDED_IN.matcher(restOfSentence(text, y.end())).find()) {
      int n = ChineseNumbers.parse(y.group(2));
      if (n > 0 && n < 60) return Integer.parseInt(y.group(1)) + n;
    }
    return null;
  }

  /**
   * Business the speech puts in its own year: an event set for a day to come
   * ("人口普查将于2020年11月1日正式入户登记") or a document of the year issued or listed now ("列入2019年惠民事项",
   * "印发了2019年工作要点").
   */
  private static Integer yearOfThisYearsBusiness(String text) {
    Matcher m = THIS_YEARS_BUSINESS.matcher(text);
    while (m.find()) {
      // "去年…将于2019年…": a plan reported from before
      if (PAST.matcher(sentenceAround(text, m.start())).find()) continue;
      return Integer.valueOf(MatchGroups.first(m));
    }
    return null;
  }

  private static final Pattern THIS_YEARS_BUSINESS =
      Pattern.compile(
          "(?:将于|将在|定于|拟于)\\s?((?:19|20)\\d{2})\\s?年\\s?\\d{1,2}\\s?月"
              + "|(?:下发|印发|出台|列入|纳入)(?:了)?[^。；;，,]{0,10}?((?:19|20)\\d{2})\\s?年度?"
              + "(?=[^。；;，,]{0,10}?(?:通知|方案|工作要点|惠民事项|民生实事|为民办实事|重点工作))");

  /** "2019年是大庆之年、落实之年": the year the speech sets its purpose for. */
  private static Integer yearOfPurpose(String text) {
    Matcher m = PURPOSE.matcher(text);
    return m.find() ? Integer.valueOf(m.group(1)) : null;
  }

  /** A plan's first year, or its last for 收官之年 and 最后一年. */
  private static int planYear(int first, String which) {
    return which.startsWith("收官") || which.startsWith("最后") ? first + 4 : first;
  }

  /** A year from a numbered event; in the text only where the sentence speaks of the present. */
  private static Integer inferred(String text, boolean isTitle) {
    for (Day d : DAYS) {
      Matcher m = d.pattern().matcher(text);
      while (m.find()) {
        // "自…第一个教师节以来": a past one counted from, not this one
        if (text.startsWith("以来", m.end())) continue;
        // "你第一个教师节", "我们的第一个教师节": a person's first, not the day's count
        if (PERSONAL.matcher(text.substring(Math.max(0, m.start() - 4), m.start())).find())
          continue;
        int n = ChineseNumbers.parse(m.group(1));
        if (n > 0 && n < 200) return d.base() + n;
      }
    }
    Matcher p = PLAN_YEAR.matcher(text);
    while (p.find()) {
      // "十五" alone is also fifteen: the tenth plan needs its quotes or 规划
      if (p.group(1) == null
          && !p.group().contains("规划")
          && !p.group().contains("计划")
          && p.group().indexOf('“') < 0) {
        continue;
      }
      if (looksBack(text, p.start())) continue;
      int first = 2001 + 5 * (p.group(1) == null ? 0 : ChineseNumbers.parse(p.group(1)));
      return planYear(first, p.group(2));
    }
    Matcher closing = PLAN_CLOSING.matcher(text);
    while (closing.find()) {
      String quote = closing.group(1) != null ? closing.group(1) : closing.group(3);
      String tens = closing.group(2) != null ? closing.group(2) : closing.group(4);
      // "十五" alone is also fifteen: the tenth plan needs its quotes
      if (tens == null && quote == null) continue;
      if (looksBack(text, closing.start())) continue;
      return 2001 + 5 * (tens == null ? 0 : ChineseNumbers.parse(tens)) + 4;
    }
    Matcher pl = PLAN_YEAR_LONG.matcher(text);
    while (pl.find()) {
      if (looksBack(text, pl.start())) continue;
      return planYear(2001 + 5 * (ChineseNumbers.parse(pl.group(1)) - 10), pl.group(2));
    }
    Matcher ac = AFTER_CONGRESS.matcher(text);
    if (ac.find() && (isTitle || speaksOfPresent(text, ac.start()))) {
      Integer held = ImpliedYear.congress(ChineseNumbers.parse(ac.group(1)));
      if (held != null) return held + 1;
    }
    Matcher last = LAST_YEARS_CONGRESS.matcher(text);
    if (last.find()) {
      Integer held = ImpliedYear.congress(ChineseNumbers.parse(last.group(1)));
      if (held != null) return held + 1;
    }
    Matcher cy = CONGRESS_YEAR.matcher(text);
    if (cy.find()) {
      Integer held = ImpliedYear.congress(ChineseNumbers.parse(MatchGroups.first(cy)));
      if (held != null) return held;
    }
    if (NAMED_YEAR.matcher(text).find()) return 2014;
    if (DECISIVE_YEAR.matcher(text).find()) return 2020;
    Matcher draft = PLAN_DRAFT.matcher(text);
    if (draft.find()) {
      // a plan is put to the congress in its first year
      return 2001 + 5 * (draft.group(1) == null ? 0 : ChineseNumbers.parse(draft.group(1)));
    }
    Matcher tr = TRANSITION.matcher(text);
    if (tr.find()) return planYear(2021, tr.group(1));
    Matcher s = SESSION.matcher(text);
    while (s.find()) {
      if (!isTitle && !speaksOfPresent(text, s.start())) continue;
      int term = ChineseNumbers.parse(s.group(1) != null ? s.group(1) : s.group(2));
      int session = ChineseNumbers.parse(s.group(3));
      if (term >= 5 && term <= 30 && session >= 1 && session <= 5) {
        int start = term == 5 ? 1978 : 1983 + 5 * (term - 6);
        return start + session - 1;
      }
    }
    Matcher a = ANNIVERSARY.matcher(text);
    while (a.find()) {
      if (!isTitle && !speaksOfPresent(text, a.start())) continue;
      if (a.group(3) != null) return 1921 + ChineseNumbers.parse(a.group(3));
      int n = ChineseNumbers.parse(a.group(2));
      if (n <= 0 || n > 150) continue;
      return switch (a.group(1).replaceAll("[“”\"]", "")) {
        case "建党", "中国共产党成立", "党的" -> 1921 + n;
        case "建国", "国庆", "新中国成立", "中华人民共和国成立", "伟大祖国", "祖国" -> 1949 + n;
        case "改革开放" -> 1978 + n;
        case "建军", "人民解放军建军", "秋收起义", "南昌起义" -> 1927 + n;
        case "红军长征胜利", "长征胜利" -> 1936 + n;
        case "五四运动" -> 1919 + n;
        case "辛亥革命" -> 1911 + n;
        case "香港回归" -> 1997 + n;
        case "澳门回归" -> 1999 + n;
        case "西藏和平解放" -> 1951 + n;
        case "中国人民志愿军抗美援朝出国作战" -> 1950 + n;
        case "恢复高考" -> 1977 + n;
        case "西部大开发" -> 2000 + n;
        case "人民代表大会成立", "人民代表大会制度建立" -> 1954 + n;
        case "人民政协成立", "全国妇联成立" -> 1949 + n;
        case "中华全国总工会成立", "全国总工会成立" -> 1925 + n;
        case "共青团成立", "中国共产主义青年团成立" -> 1922 + n;
        case "三八妇女节", "三八国际妇女节", "三八劳动妇女节", "三八国际劳动妇女节" -> 1910 + n;
        case "八一建军节" -> 1927 + n;
        default -> 1945 + n;
      };
    }
    return null;
  }

  /** Whether the sentence around {@code pos} is about now: 今年, 今天, 这次, 值此, 之际, 即将. */
  private static boolean speaksOfPresent(String text, int pos) {
    String sentence = sentenceAround(text, pos);
    return NOW.matcher(sentence).find() && !PAST.matcher(sentence).find();
  }

  /** Words that make a plan's year a look back: "五年前，我们在第十二个五年规划的开局之年…", "…开局之年以来". */
  private static final Pattern PLAN_LOOK_BACK = Pattern.compile("年前|以来|回顾|" + PAST.pattern());

  /** Whether the sentence around {@code pos} looks back and does not speak of now. */
  private static boolean looksBack(String text, int pos) {
    String sentence = sentenceAround(text, pos);
    return PLAN_LOOK_BACK.matcher(sentence).find() && !NOW.matcher(sentence).find();
  }

  /** The text from {@code pos} to the end of its sentence. */
  private static String restOfSentence(String text, int pos) {
    int to = pos;
    while (to < text.length() && !CharNormalizer.isSentenceEnd(text.charAt(to))) to++;
    return text.substring(pos, to);
  }

  private static String sentenceAround(String text, int pos) {
    int from = clauseStart(text, pos);
    while (from > 0 && !CharNormalizer.isSentenceEnd(text.charAt(from - 1))) from--;
    return text.substring(from, pos) + restOfSentence(text, pos);
  }
}
