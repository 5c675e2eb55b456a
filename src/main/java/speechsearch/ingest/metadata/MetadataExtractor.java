package speechsearch.ingest.metadata;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import speechsearch.ingest.clean.ChromeLines;
import speechsearch.ingest.clean.CleanText;
import speechsearch.ingest.clean.TitleRun;
import speechsearch.ingest.clean.TitleText;
import speechsearch.ingest.text.CharNormalizer;

/**
 * Title, subtitle, date, year and speaker from the head lines of a cleaned speech and its opening.
 * Each value says where it came from (see {@link SpeechMetadata}). The year is taken from the first
 * of: the title or subtitle ({@code title}), a date line ({@code dateline}), the opening naming the
 * present year ({@code text}), a numbered event ({@code inferred}), a year the body implies
 * anywhere ({@link ImpliedYear}, also {@code inferred}); the page's own date is the assembler's
 * fallback. Templated years (202X, 20XX, XX年) are no year; a date alone after the closing words is
 * the last resort for the year and the date.
 *
 * <p>Over 300 lines: choosing the title among the head lines and choosing the year read the same
 * lines in an order of trust that is easiest to check in one place.
 */
public final class MetadataExtractor {
  private static final Pattern FULL_DATE =
      Pattern.compile(
          "((?:19|20)\\d{2}|[〇○零一二三四五六七八九0]{4})年(\\d{1,2}|[一二三四五六七八九十]{1,3})月(\\d{1,2}|[一二三四五六七八九十]{1,3})日");
  private static final Pattern YEAR =
      Pattern.compile(
          "(?<![\\dXx])((?:19|20)\\d{2})年(?![\\dXx])|^((?:19|20)\\d{2})(?=\\p{IsHan})"
              // an archive's year in brackets after the name: "…大会上的讲话(1993)"
              + "|[(（]((?:19|20)\\d{2})[)）]$"
              // a year without 年 before what it dates: "在2017毕业典礼上的讲话"
              + "|(?<![\\d.])((?:19|20)\\d{2})(?=\\p{IsHan})(?![万亿多余名个元人户家项吨亩])");
  private static final Pattern SPEAKER =
      Pattern.compile(
          "^(.{0,16}?(?:总理|主席|书记|省长|市长|县长|区长|镇长|乡长|局长|厅长|主任|校长|部长|委员长|委员))\\s*"
              + "([\\p{IsHan}]{2,4})$");
  private static final Pattern DATE_ONLY =
      Pattern.compile(
          "^[(（〔]?[\\d〇○零一二三四五六七八九十]{4}年[\\d一二三四五六七八九十]{1,3}月[\\d一二三四五六七八九十]{1,3}日[)）〕]?$");
  private static final int OPENING = 600;

  /** A bracketed date right before the salutation, on a line the speech was run into. */
  private static final Pattern DATE_BEFORE_SALUTATION =
      Pattern.compile(
          "[(（]\\s*([\\d〇○零一二三四五六七八九]{4}年[\\d一二三四五六七八九十]{1,3}月[\\d一二三四五六七八九十]{1,3}日)\\s*[)）]\\s*"
              + "(?:同志们|同志們|各位|尊敬的|亲爱的|親愛的|女士们|老师们|老師們|同学们|同學們)");

  private static final Pattern SCHOOL_YEAR =
      Pattern.compile(
          "((?:19|20)\\d{2})\\s*[-—－~～至到]\\s*((?:19|20)\\d{2})\\s*学年(?:度)?(?:[^第春]{0,4}(第二学期|春季|下学期))?");
  private static final Pattern CHINESE_YEAR = Pattern.compile("([〇○零一二三四五六七八九]{4})年");
  private static final Pattern CLASS_OF = Pattern.compile("((?:19|20)\\d{2})届(?:毕业|学生|高三|初三|新生)");

  /**
   * A line that is only a year and month, or a year: a byline date without its day ("2009年" under
   * the title).
   */
  private static final Pattern YEAR_MONTH =
      Pattern.compile("^[(（〔]?((?:19|20)\\d{2})\\s*年(?:\\s*\\d{1,2}\\s*月)?[)）〕]?$");

  /** A site's name: 某某范文网, 某某文库, …站. */
  private static final Pattern SITE_NAME =
      Pattern.compile("(网|網|站|文库|文庫|文档|文檔|论坛|論壇|社区|社區|频道|頻道|首页|首頁|官方微信|公众号)$");

  /** Genre words alone, as category lines and menus show them: 领导讲话, 讲话稿, 会议致辞. */
  private static final Pattern GENRE_ONLY =
      Pattern.compile(
          "(?:领导|会议|工作|党政|开学|节日|企业|学校|公文|讲话|发言|演讲|致辞)?"
              + "(?:讲话|讲话稿|讲稿|致辞|发言|发言稿|演讲|演讲稿|主持词|报告|工作报告|开场白|致辞讲话|讲话致辞)"
              + "(?:大全|范文|精选|节选|摘要|摘登)?");

  /** A speech's name with its theme after a colon: "…会议上的讲话:抢抓机遇 乘势而上". */
  private static final Pattern THEMED =
      Pattern.compile("^(.{6,80}?" + TitleText.SPEECH_END.pattern() + ")[:：]\\s*\\S{4,}");

  /** A speech's name before an exclamation mark that opens a headline. */
  private static final Pattern EXCLAIMED =
      Pattern.compile("^(.{2,40}?" + TitleText.SPEECH_END.pattern() + ")[!！]\\s*\\S{4,}");

  /** A headline that ends on an exclamation mark and the speech's name after a dash. */
  private static final Pattern DASHED =
      Pattern.compile("^(.{4,60}?)(?:--|——)(.{4,40}?" + TitleText.SPEECH_END.pattern() + ")$");

  /** A line that ends on a post: a byline ("某某市人民政府市长"), not a name without a speech word. */
  private static final Pattern POST =
      Pattern.compile(
          "(?:书记|書記|县长|縣長|区长|區長|市长|市長|省长|省長|镇长|鎮長|乡长|鄉長|主任|局长|局長|部长|部長|主席|校长|校長|董事长|董事長|总经理|總經理)$");

  /**
   * Where a page without a title line names the document, most trusted first: a viewer's page
   * captions ("标题_第1页"), the 名称 of an open-information table, the site's own sentence
   * ("小编为大家整理的…").
   */
  private static final List<String> PAGE_NAMES = List.of("captionTitle", "fieldTitle", "siteTitle");

  private static String firstOf(Map<String, String> meta, List<String> keys) {
    for (String k : keys) if (meta.get(k) != null) return meta.get(k);
    return null;
  }

  /** A year inside a name: 2021年, 2021年度. */
  private static final Pattern YEAR_IN_NAME = Pattern.compile("(?:19|20)\\d{2}\\s?年度?");

  /** A meeting's filing label above a document's name: "宁波市十六届人大常委会第十二次会议文件". */
  private static final Pattern FILING_LABEL =
      Pattern.compile("(?:会议|會議)(?:文件|材料)(?:之?[一二三四五六七八九十\\d]{1,2})?$");

  /** A name that gathers several speeches: (通用5篇), 精选10篇, 多篇, 汇总, 合集, 大全, 讲话整理. */
  private static final String COUNTED_WORDS = "(?:\\d{1,3}|[一二三四五六七八九十]{1,3}|多|几|幾)篇|汇总|彙總|合集|大全";

  /** A collection counted or gathered: 7篇, 多篇, 汇总, 合集, 大全 (not one speech's 讲话整理稿). */
  private static final Pattern COUNTED = Pattern.compile(COUNTED_WORDS);

  private static final Pattern COLLECTION =
      Pattern.compile(
          COUNTED_WORDS
              // speeches gathered under one name: 乡镇长在重点工作会上的讲话整理
              + "|(?:讲话|講話|发言|發言|致辞|致辭)整理\\W*$");

  public SpeechMetadata extract(CleanText clean) {
    Map<String, String> sources = new HashMap<>();
    String subtitle = null;
    String speaker = null;
    List<String> candidates = new ArrayList<>();
    String body = clean.body().isEmpty() ? "" : clean.bodyText();
    String bodyOpening = body.substring(0, Math.min(OPENING, body.length()));
    // the head and the body's opening: a first paragraph may be only the salutation (同志們:)
    String page = String.join("", clean.headLines()) + bodyOpening;
    boolean traditional = Script.looksTraditional(page);
    for (String line : clean.headLines()) {
      // a short line of a traditional page has too few telltales to be recognised on its own
      Matcher sp = SPEAKER.matcher(traditional ? Script.converted(line) : line); // "市長 魏堯"
      if (sp.find() && line.length() <= 24 && !TitleText.SPEECH_END.matcher(line).find()) {
        if (speaker == null) speaker = sp.group(1).strip() + " " + sp.group(2);
        continue;
      }
      if (line.startsWith("——") || line.startsWith("--")) {
        if (subtitle == null) subtitle = line.replaceFirst("^(——|--)+", "").strip();
        continue;
      }
      if (DATE_ONLY.matcher(line).matches()) continue;
      if (line.length() >= 4 && line.length() <= 120) candidates.add(line);
    }
    // the category a breadcrumb ends on, shown again as a line above the document's own name
    // ("当前位置:…>> 讲话发言>> 局办讲话", "局办讲话", "在市场秩序整顿大会上的讲话")
    String crumb = clean.pageMetadata().get("breadcrumbTail");
    if (crumb != null && crumb.length() <= CATEGORY_NAME) {
      int at = candidates.indexOf(crumb);
      if (at >= 0 && at + 1 < candidates.size()) candidates.remove(at);
    }
    // a collection's name over a site's preface, with the first item's label and name only after it
    // in the text ("…讲话稿范文9篇", "青年是…", "篇一:职业中专校长…开学讲话"): that name is a candidate too
    if (!candidates.isEmpty() && COLLECTION.matcher(candidates.get(candidates.size() - 1)).find()) {
      List<String> paragraphs = clean.body();
      for (int i = 0; i < Math.min(ITEM_LOOK_AHEAD, paragraphs.size()); i++) {
        String p = paragraphs.get(i).strip();
        Matcher item = ITEM_LABEL.matcher(p);
        if (item.lookingAt()
            && item.end() < p.length()
            && p.length() <= 80
            && !TitleText.isSentence(p.substring(item.end()), true)) {
          candidates.add(p);
          break;
        }
      }
    }
    String title = chooseTitle(candidates);
    if (title != null) {
      int dash = title.indexOf("——");
      if (dash > 4) {
        if (subtitle == null) subtitle = title.substring(dash + 2).strip();
        title = title.substring(0, dash).strip();
      }
      sources.put("title", "text");
    } else {
      // no title line: the first name the page gives elsewhere, in this order (see CleanText)
      String pageName = firstOf(clean.pageMetadata(), PAGE_NAMES);
      title = pageName == null ? null : TitleText.clean(pageName);
      if (title != null) sources.put("title", "page");
    }

    String date = dateLine(clean);
    if (date != null) sources.put("date", "dateline");
    Integer year = null;
    String named = Script.simplified(join(title, subtitle)); // title and subtitle, simplified
    // a title may name its year in the sexagenary cycle: 己亥年新春致辞
    String titleYear = yearIn(YearClues.sexagenaryYears(named));
    Integer monthYear = titleYear == null && date == null ? yearMonthLine(clean) : null;
    boolean fiscal = titleYear != null && yearOf(named, titleYear, FISCAL);
    if (fiscal && date != null) {
      // "关于2020年度…预算执行…的审计工作报告", given "——2021年9月2日": the audited year is not the date
      year = Integer.valueOf(date.substring(0, 4));
      sources.put("year", "dateline");
    } else if (fiscal) {
      // such a report is put to the congress in the year after the one it audits
      year = Integer.parseInt(titleYear) + 1;
      sources.put("year", "inferred");
    } else if (titleYear != null && date != null && yearOf(named, titleYear, REVIEWED)) {
      // "关于2023年度国有资产管理情况的综合报告", given "(2024年10月15日)": a year's report is dated after it
      year = Integer.valueOf(date.substring(0, 4));
      sources.put("year", "dateline");
    } else if (titleYear != null) {
      year = Integer.valueOf(titleYear);
      sources.put("year", "title");
    } else if (date != null) {
      year = Integer.valueOf(date.substring(0, 4));
      sources.put("year", "dateline");
    } else if (monthYear != null) {
      year = monthYear;
      sources.put("year", "dateline");
    } else {
      String opening = Script.simplified(bodyOpening);
      YearClues.Found clue = YearClues.find(named, opening);
      // a report's own frame (the session it is given to, "一、2009年工作回顾") outranks an event
      // the opening mentions (its review of the year "隆重庆祝新中国成立60周年"), and stands where
      // the opening has no clue
      Integer framed =
          clue == null || clue.source().equals("inferred")
              ? ImpliedYear.of(clean.headLines(), clean.body())
              : null;
      if (framed != null) {
        year = framed;
        sources.put("year", "inferred");
      } else if (clue != null) {
        year = clue.year();
        sources.put("year", clue.source());
      }
    }
    String closing = date == null ? closingDate(clean) : null;
    if (closing != null) {
      int closingYear = Integer.parseInt(closing.substring(0, 4));
      // the date a speech is signed with, unless the text gives another year (a re-post's date)
      if (year == null || year == closingYear) {
        date = closing;
        sources.put("date", "dateline");
        if (year == null) {
          year = closingYear;
          sources.put("year", "dateline");
        }
      }
    }
    if (speaker != null) sources.put("speaker", "text");
    return new SpeechMetadata(title, subtitle, date, year, speaker, sources);
  }

  /** A year's budget, accounts or audit as a report's subject: "2020年度…预算执行…审计工作报告". */
  private static final Pattern FISCAL = Pattern.compile("年度[^，,。]{0,24}(?:预算执行|决算|审计|财政收支)");

  /** A report on a year's state of affairs: 2023年度国有资产管理情况的综合报告, 2019年度…工作情况的报告. */
  private static final Pattern REVIEWED =
      Pattern.compile("年度[^，,。]{0,30}?(?:情况的(?:综合|专项)?报告|国有资产)");

  /**
   * Whether the title names {@code year} as a 年度 whose {@code subject} (FISCAL, REVIEWED) follows.
   */
  private static boolean yearOf(String title, String year, Pattern subject) {
    int at = title.indexOf(year + "年度");
    return at >= 0 && subject.matcher(title).region(at + 4, title.length()).lookingAt();
  }

  /**
   * A date written as a line of its own in the head ("(2014年3月5日)", "——2015年3月5日在…") or in a
   * byline, or at the very top of the body in brackets: the day the speech was given.
   */
  private static String dateLine(CleanText clean) {
    List<String> lines = new ArrayList<>(clean.headLines());
    List<String> body = clean.body();
    for (int i = 0; i < Math.min(2, body.size()); i++) {
      String b = body.get(i);
      if (DATE_ONLY.matcher(b).matches() || b.startsWith("(") || b.startsWith("（")) {
        lines.add(b.substring(0, Math.min(b.length(), 16)));
      }
      // a page run into one line: "…会议上的讲话(2012年5月30日)同志们:今天…"
      Matcher run = DATE_BEFORE_SALUTATION.matcher(b);
      if (run.find() && run.start() < 200) lines.add(run.group(1));
    }
    return firstDate(lines);
  }

  /**
   * A speech dated at its end: a date alone on one of its last lines, right after the closing words
   * or a signature ("祝大会圆满成功！\n2009年2月27日"); not a deadline a list ends on ("最后节点为：").
   */
  private static String closingDate(CleanText clean) {
    List<String> body = clean.body();
    for (int i = Math.max(2, body.size() - 3); i < body.size(); i++) {
      String before = body.get(i - 1).strip();
      if (DATE_ONLY.matcher(body.get(i)).matches()
          && (CLOSING.matcher(before).find() || isSignature(before))) {
        return firstDate(List.of(body.get(i)));
      }
    }
    return null;
  }

  private static final Pattern CLOSING = Pattern.compile("谢谢|謝謝|^祝|^此致|[!！]$");

  private static boolean isSignature(String line) {
    return line.length() <= 20
        && !line.isEmpty()
        && !TitleText.isSentence(line, false)
        && !CharNormalizer.isColon(line.charAt(line.length() - 1));
  }

  private static String firstDate(List<String> lines) {
    for (String line : lines) {
      if (line.length() > 120) continue;
      Matcher m = FULL_DATE.matcher(line);
      if (m.find()) {
        int y =
            m.group(1).chars().allMatch(Character::isDigit)
                ? Integer.parseInt(m.group(1))
                : ChineseNumbers.year(m.group(1));
        int mo = ChineseNumbers.parse(m.group(2));
        int d = ChineseNumbers.parse(m.group(3));
        if (y > 0 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31) {
          return ChromeLines.isoDate(String.valueOf(y), String.valueOf(mo), String.valueOf(d));
        }
      }
    }
    return null;
  }

  private static Integer yearMonthLine(CleanText clean) {
    for (String h : clean.headLines()) {
      Matcher m = YEAR_MONTH.matcher(h);
      if (m.matches()) return Integer.valueOf(m.group(1));
      // a byline whose date a template left blank: "县委副书记 XXX (2011年 月 日)"
      Matcher b = BLANK_DAY.matcher(h);
      if (h.length() <= 40 && b.find()) return Integer.valueOf(b.group(1));
    }
    return null;
  }

  /** A year in brackets at a line's end, its month and day left blank or given: (2011年 月 日). */
  private static final Pattern BLANK_DAY =
      Pattern.compile("[(（〔]((?:19|20)\\d{2})\\s*年\\s*\\d{0,2}\\s*月\\s*\\d{0,2}\\s*日?\\s*[)）〕]$");

  /**
   * The year a title names: 2024年…, 2022院长在…, 二〇二四年…; a school year (2023-2024学年) is the year it
   * begins, or ends for its second term; a graduating class (2024届毕业典礼) is its year.
   */
  static String yearIn(String s) {
    if (s == null) return null;
    Matcher sy = SCHOOL_YEAR.matcher(s);
    if (sy.find()) return sy.group(3) != null ? sy.group(2) : sy.group(1);
    Matcher y = YEAR.matcher(s);
    if (y.find()) {
      for (int k = 1; k <= y.groupCount(); k++) if (y.group(k) != null) return y.group(k);
    }
    Matcher c = CHINESE_YEAR.matcher(s);
    while (c.find()) {
      int year = ChineseNumbers.year(c.group(1));
      if (year > 0) return String.valueOf(year);
    }
    Matcher g = CLASS_OF.matcher(s);
    return g.find() ? g.group(1) : null;
  }

  private static String join(String a, String b) {
    if (a == null) return b;
    return b == null ? a : a + "\n" + b;
  }

  /** The body's paragraphs looked at for a collection's first item. */
  private static final int ITEM_LOOK_AHEAD = 3;

  /** The label of a collection's item: 篇一:, 【篇1】, 第1篇, 范文1:. */
  private static final Pattern ITEM_LABEL =
      Pattern.compile(
          "[【\\[]?(?:篇\\s?[一二三四五六七八九十\\d]{1,2}|第\\s?[一二三四五六七八九十\\d]{1,2}\\s?篇|范文\\s?[一二三四五六七八九十\\d]{1,2})"
              + "[】\\]]?\\s*[:：]?");

  /**
   * Whether a name, its decoration already cleaned away, is still a collection's: "…毕业典礼精彩致辞7篇",
   * not "…的讲话" from "…的讲话(通用5篇)".
   */
  private static boolean isCollectionName(String cleaned) {
    return COUNTED.matcher(cleaned).find();
  }

  /**
   * The longest category name a breadcrumb's last step is taken for; a longer one names the
   * document.
   */
  private static final int CATEGORY_NAME = 8;

  /**
   * The first head line that reads as a speech title, without the site's decoration; else the first
   * plausible line. Lines that are sentences (a comma or a full stop outside a name) are not
   * titles, nor site names, genre words alone (领导讲话) or a salutation: a page without a title line
   * gets none rather than a promoted sentence. A collection's name ("…讲话稿(通用5篇)") gives way to the
   * first speech's own title when one follows.
   */
  private static String chooseTitle(List<String> candidates) {
    // "镇长工作会议上的讲话稿", then "镇长工作会议上的讲话稿【篇一】:在全镇…会议上的讲话": the name above is the
    // collection's, and the first item's own name follows its label
    for (int i = 1; i < candidates.size(); i++) {
      String[] parts = TitleText.splitItemAfterName(candidates.get(i));
      if (parts != null && candidates.subList(0, i).contains(parts[0])) {
        String item = TitleText.clean(parts[1]);
        if (item != null) return item;
      }
    }
    List<String> lines = new ArrayList<>(candidates.size());
    List<Boolean> itemLabelled = new ArrayList<>(candidates.size());
    for (String c : candidates) {
      String u = TitleText.unlabelled(c);
      // a site's name alone; "标题 | 某某网" is the page's name with the site's after it
      if ((!SITE_NAME.matcher(u).find() || TitleText.hasSiteSeparator(u))
          && !FILING_LABEL.matcher(u).find()
          && !GENRE_ONLY
              .matcher(Script.simplified(u).replaceAll("^[(（【\\[]|[)）】\\]]$", ""))
              .matches()
          && !TitleRun.startsWithSalutation(u)) {
        lines.add(u);
        itemLabelled.add(ITEM_LABEL.matcher(c.strip()).lookingAt());
      }
    }
    for (int i = 0; i < lines.size(); i++) {
      String c = lines.get(i);
      if (TitleText.isKindAndTheme(c)) {
        String cleaned = TitleText.clean(c);
        if (cleaned == null) return c.strip();
        if (!isCollectionName(cleaned)) return cleaned;
      }
      Matcher themed = THEMED.matcher(c);
      // "…会议上的讲话:抢抓机遇 乘势而上": the name before its theme; a name without its occasion
      // ("街道党工委书记研讨发言:创新理论宣讲新路径…") needs the theme to tell it from others of its kind
      if (themed.lookingAt() && !TitleText.isSentence(themed.group(1), true)) {
        String theme = c.substring(themed.group(1).length() + 1).strip();
        if (themed.group(1).indexOf('在') >= 0 || TitleText.isSentence(theme, true)) {
          c = themed.group(1);
        } else {
          String whole = TitleText.clean(c);
          if (whole != null) return whole;
        }
      }
      // "新春贺词!万某市长的新春祝福来了……": a news headline that opens with the speech's name
      Matcher exclaimed = EXCLAIMED.matcher(c);
      if (exclaimed.lookingAt()) c = exclaimed.group(1);
      // "某区委书记、区长给您拜年啦!--致广大市民朋友的拜年信": a headline, then the speech's own name
      Matcher dashed = DASHED.matcher(c);
      if (dashed.matches() && dashed.group(1).matches(".*[!！]\\s*")) c = dashed.group(2);
      if (TitleText.isSentence(c, true)) continue;
      String t = TitleText.clean(c);
      if (t == null || !TitleText.SPEECH_WORDS.matcher(Script.simplified(t)).find()) continue;
      // a collection's name: so marked, or followed by its first item's label (篇一:在全区…的讲话)
      boolean firstItemNext = i + 1 < lines.size() && itemLabelled.get(i + 1);
      if (COLLECTION.matcher(c).find() || firstItemNext) {
        for (String later : lines.subList(i + 1, lines.size())) {
          String l = TitleText.clean(later);
          if (l != null
              && !l.equals(t)
              && !TitleText.isSentence(later, true)
              && TitleText.SPEECH_END.matcher(l).find()) {
            return l;
          }
        }
      }
      // a collection's name that is still one after its decoration is cleaned ("…毕业典礼精彩致辞7篇"):
      // it names no speech of the page
      if (isCollectionName(t)) continue;
      // a name with a site's tail ("…换届大会上的讲话-某某网址"), then the name alone
      for (String later : lines.subList(i + 1, lines.size())) {
        String l = TitleText.clean(later);
        if (l != null
            && l.length() >= 8
            && t.length() > l.length() + 1
            && t.startsWith(l)
            && "-_|｜—".indexOf(t.charAt(l.length())) >= 0) {
          return l;
        }
      }
      // a site's bare genre name above the document's own ("政府工作报告", then "2016年某市政府工作报告")
      for (String later : lines.subList(i + 1, lines.size())) {
        String l = TitleText.clean(later);
        if (l != null
            && l.length() > t.length()
            && (l.endsWith(t) || YEAR_IN_NAME.matcher(l).replaceFirst("").equals(t))
            && !TitleText.isSentence(later, true)) {
          // …or the site's name of it without the year the document's own name gives
          // ("X县卫健委上半年工作总结", then "X县卫健委2021年上半年工作总结")
          return l;
        }
      }
      return t;
    }
    for (String c : lines) {
      if (c.length() > 80 || TitleText.isSentence(c, false) || POST.matcher(c).find()) continue;
      String t = TitleText.clean(c);
      // a counted collection of what is no speech by name ("乡镇招商引资小结5篇") names no item of the page
      if (t != null && !isCollectionName(t) && !COUNTED.matcher(c).find()) return t;
    }
    // a name the page shows twice in a row, once decorated ("第一篇:以…为载体,增创…新优势大全"): the
    // title of a report whose name has no speech word and may have commas
    for (int i = 0; i + 1 < lines.size(); i++) {
      String a = TitleText.clean(lines.get(i));
      if (a != null
          && a.length() >= 8
          && a.length() <= 60
          && !TitleText.isSentence(a.replace(',', ' ').replace('，', ' '), false)
          && a.equals(TitleText.clean(lines.get(i + 1)))) {
        return a;
      }
    }
    return null;
  }
}
