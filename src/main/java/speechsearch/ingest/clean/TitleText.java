package speechsearch.ingest.clean;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import speechsearch.ingest.text.CharNormalizer;

/**
 * The title in a title line as sites write it. Sites decorate the name of a speech (范文, 精选, (通用5篇),
 * 3260字范文, .docx, 全文完整, a category word such as 公众演讲), and document-sharing sites run the file name
 * and the document's own title together ("…上讲话…上的讲话"; "A讲话稿和B讲话稿合编A讲话稿"). The title is the last of
 * those names that repeats an earlier one, without the decoration.
 *
 * <p>Over 300 lines: most of it is the vocabulary of decoration, labels and site separators, which
 * the cleaning steps below share.
 */
public final class TitleText {

  /** Letters and greetings read out or published as speeches: 新春贺信, 致市民的拜年信. */
  private static final String LETTERS = "贺信|賀信|慰问信|慰問信|献词|獻詞|拜年信|公开信|公開信|一封信";

  /** Addresses named for their place in a meeting: 开幕词, 闭幕词, 欢迎词, 答谢词, 祝酒词. */
  private static final String ADDRESSES = "开幕词|開幕詞|闭幕词|閉幕詞|欢迎词|歡迎詞|答谢词|答謝詞|祝酒词|祝酒詞";

  /** Words that end the name of a speech, simplified and traditional. */
  public static final Pattern SPEECH_END =
      Pattern.compile(
          "(讲话|講話|讲稿|講稿|发言|發言|致辞|致辭|致词|致詞|主持词|主持詞|主持稿|开场白|開場白|贺词|賀詞|报告|報告"
              + "|演讲|演講|动员令|動員令|"
              + LETTERS
              + "|"
              + ADDRESSES
              + ")(稿|提纲|提綱|材料|要点|要點|文稿|全文|摘要|摘登|词|詞)?");

  /** Words that read as a speech title anywhere in a line (the level of the meeting, its kind). */
  public static final Pattern SPEECH_WORDS =
      Pattern.compile(
          "讲话|講話|报告|報告|发言|發言|致辞|致辭|致词|講稿|讲稿|会议|會議|动员|動員|总结|總結|部署|汇报|匯報|彙報|意见|意見"
              + "|演讲|演講|主持词|主持詞|开场白|開場白|贺词|賀詞|"
              + LETTERS
              + "|"
              + ADDRESSES);

  /** Decoration before the name: 最新-, 精选: … */
  private static final Pattern LEAD =
      Pattern.compile(
          "^(?:[—\\-–~·•○●◎★☆◆◇■□]+\\s*|(?:最新|精选|精選|热门|熱門|推荐|推薦)\\s*[-—:：]\\s*"
              + "|(?:最新|精选|精選)(?=[^\\s\\d的版]{6})"
              // a site's label: 推荐下载 …, 推荐在全市…的讲话; a page chunk's number: 1-区长在…
              + "|(?:推荐下载|推薦下載)\\s*|(?:推荐|推薦)(?=在)|\\d{1,2}-(?=[^\\d\\s])"
              // a template site's section name: 范文中心:在乡村…的讲话
              + "|(?:范文中心|範文中心)[:：]\\s*"
              // a material site's price tag and a document site's note: 免费2024…, 本文格式为Word版…复制
              + "|免费(?=\\S{6})|本文格式为\\s?Word\\s?版[^在]{0,20}?复制\\s*"
              // a document viewer's page counter: 1 / 5 农业局…, 第4页共4页2022年…
              + "|\\d{1,3}\\s?/\\s?\\d{1,3}\\s*(?=[^\\d\\s])|第\\d{1,3}[页頁]\\s?共\\d{1,3}[页頁]\\s*"
              // a page chunk's number: 1、县长在…
              + "|\\d{1,2}、(?=[^\\d\\s]{4}))");

  /**
   * Decoration after the name: brackets of notes (【优秀范文】, 【后附:…】, (通用5篇), (2篇)), counts (14篇, 篇1,
   * 优质多篇), 范文/范本/精品/精选/最新, word counts (3260字范文), file suffixes, 全文完整, trailing numbers and marks,
   * and the site categories appended to names (公众演讲, 人大政协).
   */
  private static final String DECORATION =
      "(?:\\s*(?:【[^【】]{0,40}】|[(（][^()（）]{0,12}(?:篇|完整|全文|范文|精选|精品|最新|原创|新创|首发|推荐|热门|word|Word|doc)[^()（）]{0,6}[)）]"
          + "|[(（][一二三四五六七八九十\\d]{1,2}[)）]|\\.(?:docx?|pdf|wps|txt)"
          // a length note: (本页约4000+字)
          + "|[(（][^()（）]{0,6}\\d{2,6}\\+?字[)）]|[(（]?第\\d{1,3}[页頁][)）]?"
          + "|(?:通用|优质|優質|精选|精選)?(?:多|\\d{1,3}|[一二三四五六七八九十两兩]{1,2})篇"
          + "|篇\\s?\\d{1,3}|篇[一二三四五六七八九十]{1,2}|免费试读|免費試讀|在线试读|在線試讀|\\d{2,5}字(?:范文|範文|范本|範本|模板)?|范文稿|範文稿|范文|範文|范本|範本|例文|精品|精选|精選|最新|大全|模板|合集"
          + "|全文完整|完整版|全文|优秀|優秀|优质|優質|word版|公众演讲|公眾演講|即兴演讲|即興演講|人大政协|人大政協"
          + "|[\\[［【](?:VIP|vip|精品|推荐)[\\]］】]|(?:VIP|vip)(?:专享|免费|专免)?|集合(?:范本|範本)?"
          // a site's category after a dash: "…动员大会上的讲话-领导讲话"
          + "|(?<=讲话|講話|发言|發言|致辞|致辭|报告|報告)\\s?[-_—|]\\s?(?:领导讲话|領導講話|讲话稿|講話稿|发言稿|發言稿|演讲稿|演講稿|会议讲话|會議講話|党政讲话)"
          + "|(?<!\\d)\\d{1,3}(?![\\d年])|[?？!！.。…_\\-—|·:：○●◎★☆◆◇■□]+))+";

  private static final Pattern TRAIL = Pattern.compile(DECORATION + "$");

  /** A draft's note that ends a file's name: 最终定稿, (终稿), 修改稿. */
  private static final Pattern DRAFT_NOTE =
      Pattern.compile("\\s*[(（]?(?:最终|最後)?(?:定稿|终稿|終稿|修改稿|初稿|送审稿|送審稿)[)）]?");

  /** The same decoration where it follows a speech word inside a line of run-together names. */
  private static final Pattern AFTER_NAME = Pattern.compile(DECORATION);

  /** An item's label in brackets inside a line, after a collection's name: 【篇一】:, [第2篇]. */
  private static final Pattern ITEM_AFTER_NAME =
      Pattern.compile(
          "(?<=\\S)[【\\[](?:篇\\s?[一二三四五六七八九十\\d]{1,2}|第[一二三四五六七八九十\\d]{1,2}篇)[】\\]]\\s*[:：]\\s*(?=\\S{4})");

  /**
   * A collection's name and its first item's own name on one line, split at the item's label
   * ("…讲话稿【篇一】:在全镇…的讲话" → the two names), or null when the line is not so made.
   */
  public static String[] splitItemAfterName(String line) {
    Matcher item = ITEM_AFTER_NAME.matcher(line);
    if (!item.find() || !SPEECH_END.matcher(line.substring(item.end())).find()) return null;
    return new String[] {
      line.substring(0, item.start()).strip(), line.substring(item.end()).strip()
    };
  }

  /** Labels before a title: 标题:, 题目:, 篇一:, 第一篇:, 范文1:, 【篇1】. */
  private static final Pattern LABEL =
      Pattern.compile(
          "^(?:(?:文章)?标题|題目|题目|標題)[:：]\\s*"
              + "|^附件\\s?\\d{0,2}[:：]?\\s*(?=在|关于|關於)"
              + "|^[(（][^()（）]{2,10}[)）]\\s*(?=\\S{4})"
              + "|^(?:(?:篇|第|范文|範文)[一二三四五六七八九十\\d]{1,3}篇?|[一二三四五六七八九十\\d]{1,3}篇)(?:[:：、.]\\s*|\\s+)(?=\\S{4})"
              + "|^第[一二三四五六七八九十\\d]{1,3}篇(?=\\S{4})"
              + "|^【篇?\\s?[一二三四五六七八九十\\d]{1,3}篇?】\\s*");

  /** A bracket at the start of a line: a category before the title, or the whole title. */
  private static final Pattern LEAD_BRACKET =
      Pattern.compile("^[【\\[〔]([^】\\]〕]{1,30})[】\\]〕](.*)$");

  /** What comes before a colon without being a speaker, or after it without being a title. */
  private static final Pattern NOT_SPEAKER =
      Pattern.compile(
          "^(?:主持人|主持|摘要|导语|導語|内容|提要|前言|编者按|編者按|核心提示|简介|簡介|说明|說明)"
              + "|(?:指出|强调|強調|表示|说|說|讲|講|要求|提出|认为|認為)[:：]"
              + "|[:：]\\s*(?:下面|现在|現在|请|請|接下来|接下來)");

  /**
   * A host's announcement of the next speaker ("下面请县委书记致欢迎词", "请县长讲话"), which a script or an
   * untitled page puts on a line of its own: never a title. 请党放心 opens the name of many a speech.
   */
  private static final Pattern ANNOUNCEMENT =
      Pattern.compile(
          "(?:下面|首先|接下来|接下來|现在|現在|然后|然後|其次|最后|最後)?[,，]?(?:有请|有請|请|請)(?!党放心|黨放心)"
              + "[^,，。:：]{1,20}?(?:致|作|讲话|講話|发言|發言)");

  /** A kind of speech short enough to hold no occasion: 国旗下讲话. */
  private static final int SHORT_KIND = 8;

  /** "国旗下讲话:我爱飘扬的国旗": a kind of speech, a colon, then a short theme. */
  private static final Pattern KIND_COLON =
      Pattern.compile("^([^:：，,。]{2,20})[:：]\\s*([^:：]{2,40})$");

  /** "张三:在…的讲话": a short name or role, a colon, then the title. */
  private static final Pattern SPEAKER_COLON = Pattern.compile("^([^:：，,。]{2,10})[:：]\\s*(.{4,})$");

  /** One underscore between two Han characters: a word left out, or a site's separator. */
  private static final Pattern WORD_GAP = Pattern.compile("\\p{IsHan}_\\p{IsHan}");

  /** Where a page title adds the site's name: 标题_网站, 标题 - 网站, 标题 | 网站. */
  private static final Pattern SITE_SEPARATOR = Pattern.compile("_+|\\s+[-–|｜]\\s+|\\s*[|｜]\\s*");

  /** A breadcrumb before the name: 常用范文 > 讲话 > 标题. */
  private static final Pattern CRUMB = Pattern.compile("\\s*[>＞»›]+\\s*");

  /** A role or a date after the name: the byline, not the title. */
  private static final Pattern BYLINE =
      Pattern.compile(
          "书记|書記|县长|縣長|区长|區長|市长|市長|省长|省長|镇长|鎮長|乡长|鄉長|主任|局长|局長|部长|部長|主席|校长|校長"
              + "|董事长|总经理|(?:19|20)\\d{2}\\s?年|\\d{4}[-./]\\d{1,2}"
              + "|^[^，,。；;]{2,16}(?:局|委|办|辦|厅|廳|院|政府|办公室|委员会|中心|公司|学校|學校)$"
              // a speaker's name alone after the speech word: 在…交流会上的讲话 杨向群
              + "|^\\s*[王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡杜叶程苏魏吕丁沈姚卢姜崔钟谭陆汪廖贾夏韦邹孟熊秦邱尹薛闫段雷侯陶贺顾郝龚邵覃戴莫汤]"
              + "\\p{IsHan}{1,2}$");

  /** A date in brackets after the name: "(2019年3月5日)", "(24年12月)". */
  private static final Pattern TRAIL_DATE =
      Pattern.compile(
          "[(（〔]\\s*(?:[\\d〇○零一二三四五六七八九]{4}\\s*年[^()（）〔〕]{0,10}|\\d{2}年\\d{1,2}月)[)）〕]$");

  /** Site categories appended to a name: removed only after a speech word, never from a name. */
  private static final Pattern CATEGORY =
      Pattern.compile(
          "(?:讲话致辞|講話致辭|致辞讲话|领导讲话|領導講話|会议讲话|會議講話|公众演讲|公眾演講|即兴演讲|即興演講|演讲致辞"
              + "|人大政协|人大政協|党团工作|黨團工作|心得体会|心得體會|范文大全|範文大全|公文范文|實用文|实用文"
              + "|(?:演讲稿|演講稿|讲话稿|講話稿|发言稿|發言稿)(?:范文|範文)?"
              // a site's section named by a field of work: …会议上的讲话经济工作
              + "|(?:经济|經濟|党建|黨建|安全|教育|宣传|宣傳|组织|組織|纪检|紀檢|政法|统战|統戰|农村|農村|信访|信訪)工作)$");

  private static final Pattern SPEECH_END_AT_END = Pattern.compile(SPEECH_END.pattern() + "$");

  /** 范文 inside a name, before the conjunction that joins a second name to it. */
  private static final Pattern INNER_DECORATION = Pattern.compile("(?:范文|範文)(?=[和與与及])");

  /** What a collection page puts between the names it gathers: 汇总, 汇编, 合编, 与, 和. */
  private static final Pattern COLLECTION =
      Pattern.compile("^(?:汇总|彙總|汇编|彙編|合编|合編|合集|大全|与|與|和|及)+");

  private TitleText() {}

  /**
   * A line shaped like a title even when it is long and has commas ("坚定信心，攻坚克难，…——在…会议上的讲话"): no
   * sentence end or colon outside brackets, and it ends with a speech word once the site's
   * decoration is gone.
   */
  static boolean isTitleShaped(String line) {
    // a speaker's name before a colon ("张三:在…会议上的讲话") is a label, not a sentence's colon
    String bare = unlabelled(line.strip());
    if (isKindAndTheme(bare)) return true;
    if (bare.length() > 100 || isSentence(bare, true) || ANNOUNCEMENT.matcher(bare).lookingAt()) {
      return false;
    }
    String t = clean(line);
    return t != null && (SPEECH_END_AT_END.matcher(t).find() || t.contains("——在"));
  }

  /**
   * "国旗下讲话:我爱飘扬的国旗": a short name of the kind of speech, a colon, then its theme, which is what
   * tells this speech from the others of its kind.
   */
  public static boolean isKindAndTheme(String line) {
    Matcher kind = KIND_COLON.matcher(line);
    return kind.matches()
        // a longer kind names no occasion ("城市管理局局长推进精细化管理讲话:立足…"); "…会议上的讲话:抢抓机遇" is a
        // name with its theme, which the name alone cites
        && (kind.group(1).length() <= SHORT_KIND || kind.group(1).indexOf('在') < 0)
        && SPEECH_END_AT_END.matcher(kind.group(1)).find()
        && !NOT_SPEAKER.matcher(line).find()
        && !isSentence(kind.group(2), false);
  }

  /** Whether a line holds sentence punctuation outside brackets (commas allowed or not). */
  public static boolean isSentence(String line, boolean commasAllowed) {
    int depth = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if ("【(（《〔".indexOf(c) >= 0) depth++;
      else if ("】)）》〕".indexOf(c) >= 0 && depth > 0) depth--;
      else if (depth == 0
          && (CharNormalizer.isSentenceEnd(c)
              || CharNormalizer.isColon(c)
              || (!commasAllowed && CharNormalizer.isComma(c)))) {
        return true;
      }
    }
    return false;
  }

  /** The title named by a head line, without decoration; null when nothing is left. */
  public static String clean(String line) {
    if (line == null) return null;
    String s = line;
    // a banner with the site's address before the name: "某某之家—全网资源每日更新www.….com在…上的讲话"
    Matcher a = ChromeLines.ADDRESS.matcher(s);
    int after = -1;
    while (a.find()) after = a.end();
    if (after > 0 && SPEECH_END.matcher(s.substring(after)).find()) s = s.substring(after);
    s = unlabelled(ChromeLines.ADDRESS.matcher(s).replaceAll(" ").strip());
    s = LEAD.matcher(s).replaceFirst("");
    s = withoutSiteName(s);
    s = lastRepeatedName(s);
    s = undoubled(afterCompilation(s));
    s = withoutByline(s);
    // "…工作总结范文和2024年工作计划": the site's word between two names it joins
    s = INNER_DECORATION.matcher(s).replaceAll("");
    for (int i = 0; i < 3; i++) {
      String before = s;
      s = TRAIL.matcher(s).replaceFirst("").strip();
      s = TRAIL_DATE.matcher(s).replaceFirst("").strip();
      Matcher c = CATEGORY.matcher(s);
      if (c.find() && SPEECH_END_AT_END.matcher(s.substring(0, c.start())).find()) {
        s = s.substring(0, c.start()).strip(); // "…的讲话公众演讲": the site's category
      }
      if (s.equals(before)) break;
    }
    s = LEAD.matcher(s).replaceFirst("").strip();
    return s.length() < 4 ? null : s;
  }

  /**
   * A head line without the labels and brackets sites put before a title: 标题:, 篇一:, 【篇1】, "[领导讲话]",
   * and a speaker's name before a colon ("张三:在…会议上的讲话"). A bracket that holds the whole title
   * ("【小学校长开学典礼致辞】") is opened instead.
   */
  public static String unlabelled(String line) {
    String s = LABEL.matcher(line).replaceFirst("");
    Matcher b = LEAD_BRACKET.matcher(s);
    if (b.matches()) {
      s = SPEECH_END.matcher(b.group(2)).find() ? b.group(2) : b.group(1) + b.group(2);
    }
    Matcher c = SPEAKER_COLON.matcher(s);
    // a salutation, a site's label (摘要:, 主持人:) or an announcement (下面请…讲话) is no speaker
    if (c.matches()
        && SPEECH_END.matcher(c.group(2)).find()
        && !TitleRun.startsWithSalutation(s)
        && !NOT_SPEAKER.matcher(s).find()) {
      s = c.group(2);
    }
    return s.strip();
  }

  /** Whether text after a title names a post, a unit or a date: a byline, not the title's. */
  static boolean isByline(String rest) {
    return BYLINE.matcher(rest).find();
  }

  /** Whether a line joins names the way a page title adds the site's: 标题_网站, 标题 | 网站. */
  public static boolean hasSiteSeparator(String line) {
    return SITE_SEPARATOR.matcher(line).find();
  }

  /** "在…会议上的讲话_某某范文网", "…讲话 - 某某文库": the part that names the speech. */
  private static String withoutSiteName(String s) {
    String[] crumbs = CRUMB.split(s);
    // a breadcrumb ends with the page's own name; the categories before it are the site's
    for (int i = crumbs.length - 1; i > 0; i--) {
      if (SPEECH_WORDS.matcher(crumbs[i]).find()) {
        s = crumbs[i].strip();
        break;
      }
    }
    String[] parts = SITE_SEPARATOR.split(s);
    if (parts.length < 2) return s;
    // "区委书记在实施基层医药卫生_综合改革工作会议上的讲话": a word the page replaced by "_" inside the name, whose
    // occasion (在…) the part before it opens and the part after it closes
    Matcher gap = WORD_GAP.matcher(s);
    if (parts.length == 2
        && gap.find()
        && parts[0].indexOf('在') >= 0
        && !SPEECH_END_AT_END.matcher(parts[0]).find()
        && SPEECH_END_AT_END.matcher(parts[1]).find()) {
      return s;
    }
    // "乡镇政府工作总结|乡镇人民政府五年工作总结": a site's category can name a genre too; the page's own
    // name is the longer one
    String named = null;
    for (String p : parts) {
      String t = p.strip();
      if (SPEECH_WORDS.matcher(t).find() && (named == null || t.length() > named.length())) {
        named = t;
      }
    }
    return named == null ? s : named;
  }

  /**
   * The byline or date a page runs after the name ("…上的讲话 县委书记 张三", "…讲话王建〔2022年8月16日〕"): what
   * follows the last speech word, when it names a role or a date.
   */
  private static String withoutByline(String s) {
    Matcher m = SPEECH_END.matcher(s);
    int end = -1;
    while (m.find()) end = m.end();
    if (end < 4 || end >= s.length()) return s;
    Matcher d = AFTER_NAME.matcher(s);
    d.region(end, s.length());
    if (d.lookingAt() && d.end() == s.length()) return s;
    String rest = s.substring(end);
    if (COLLECTION.matcher(rest).lookingAt()) return s; // "…工作报告和2019年工作计划": one name
    String head = s.substring(0, end);
    // "2022年《政府工作报告》征求意见稿": a speech word inside a book title ends nothing
    if (head.chars().filter(c -> c == '《').count() > head.chars().filter(c -> c == '》').count()) {
      return s;
    }
    return BYLINE.matcher(rest).find() ? s.substring(0, end) : s;
  }

  /** A name written twice in a row, as doubled text layers give it: "…的专题党课…的专题党课". */
  private static String undoubled(String s) {
    int n = s.length();
    return n >= 12 && n % 2 == 0 && s.regionMatches(0, s, n / 2, n / 2) ? s.substring(0, n / 2) : s;
  }

  /**
   * A collection's name run into its first item's ("…部署通知汇编城建部门汇报会暨城乡建设调度会上的讲话"): the item's, where
   * it ends on a speech word.
   */
  private static String afterCompilation(String s) {
    int at = s.indexOf("汇编");
    if (at < 4) return s;
    String rest = s.substring(at + 2).strip();
    return rest.length() >= 6 && SPEECH_END_AT_END.matcher(rest).find() ? rest : s;
  }

  /**
   * Of the names run together in a line (split at spaces and after each speech word), the last one
   * that repeats an earlier one: the document's own title after the file name. The line as it is
   * when no name repeats.
   */
  static String lastRepeatedName(String s) {
    List<String> names = names(s);
    if (names.size() < 2) return s;
    // "在…笔会上的致辞最终定稿局长在…评审会上的致辞": a draft's note ends a file's name, and the name
    // after it is the document's own
    for (int i = names.size() - 1; i > 0; i--) {
      Matcher note = DRAFT_NOTE.matcher(names.get(i));
      if (note.lookingAt()) {
        String later = names.get(i).substring(note.end()).strip();
        if (later.length() >= 6 && SPEECH_END.matcher(later).find()) return later;
      }
    }
    for (int i = names.size() - 1; i > 0; i--) {
      String later =
          COLLECTION.matcher(TRAIL.matcher(names.get(i)).replaceFirst("")).replaceFirst("").strip();
      if (later.length() < 4 || !SPEECH_END.matcher(later).find()) continue;
      for (int j = 0; j < i; j++) {
        if (similar(TRAIL.matcher(names.get(j)).replaceFirst(""), later)) {
          return COLLECTION.matcher(names.get(i)).replaceFirst("");
        }
      }
    }
    return s;
  }

  private static final Pattern SPACED_MASK =
      Pattern.compile("(?<=\\p{IsHan})\\s+(XX|xx|××|XXX|xxx|\\*{2,3})\\s+(?=\\p{IsHan})");

  static List<String> names(String s) {
    List<String> out = new ArrayList<>();
    // a masked place set off by spaces ("在 XX 林业局…") is inside its name, not between two
    for (String part : SPACED_MASK.matcher(s).replaceAll("$1").split("\\s+")) {
      if (part.isEmpty()) continue;
      Matcher m = SPEECH_END.matcher(part);
      int from = 0;
      while (m.find()) {
        // the decoration after a speech word belongs to that name
        int end = m.end();
        Matcher t = AFTER_NAME.matcher(part.substring(end));
        if (t.lookingAt()) end += t.end();
        if (m.start() == from && from > 0 && !out.isEmpty()) {
          // "…致辞讲话": a second speech word straight after the first ends the same name
          out.set(out.size() - 1, out.get(out.size() - 1) + part.substring(from, end));
        } else if (end > from) {
          out.add(part.substring(from, end));
        }
        from = end;
        if (from >= part.length()) break;
        m.region(from, part.length());
      }
      if (from < part.length()) out.add(part.substring(from));
    }
    return out;
  }

  /** Whether two names share most of their character pairs (Dice ≥ 0.5). */
  static boolean similar(String a, String b) {
    Set<String> pa = pairs(a);
    Set<String> pb = pairs(b);
    if (pa.isEmpty() || pb.isEmpty()) return false;
    int common = 0;
    for (String p : pa) if (pb.contains(p)) common++;
    return 2.0 * common / (pa.size() + pb.size()) >= 0.5;
  }

  private static Set<String> pairs(String s) {
    Set<String> out = new HashSet<>();
    for (int i = 0; i + 1 < s.length(); i++) {
      if (Character.isLetterOrDigit(s.charAt(i)) && Character.isLetterOrDigit(s.charAt(i + 1))) {
        out.add(s.substring(i, i + 2));
      }
    }
    return out;
  }
}
