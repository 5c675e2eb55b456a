package speechsearch.ingest.clean;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import speechsearch.ingest.text.CharNormalizer;
import speechsearch.ingest.text.Markers;

/**
 * Recognises lines of site chrome around a speech: menus and breadcrumbs, share and account links,
 * upload rows (format, size, page count, VIP, a bare timestamp with a site name), view counters,
 * journal record lines, comment boxes. Only short lines that are no sentence of the body qualify;
 * {@link #why} names the kind of chrome so a debug listing can say what was removed and why.
 */
public final class ChromeLines {

  /**
   * A document site's numbered notes on buying a download, long enough to pass for sentences:
   * "1、下载文档前请自行甄别…", "2、“仅部分预览”的文档…", "3、如文档侵犯您的权益…".
   */
  private static final Pattern DOWNLOAD_NOTICE =
      Pattern.compile(
          "^(?:[-•]\\s*)?(?:\\d{1,2}[、.]\\s*){0,2}(?:下载文档前请自行甄别|[\"“]?仅部分预览[\"”]?的文档|如文档侵犯您的权益"
              // a document viewer's numbered terms: "1、原创力文档(book118)网站文档一经付费…", "4、该文档为VIP文档…"
              + "|原创力文档|本站所有内容均由合作方或网友上传|如文档侵犯商业秘密|该文档为VIP文档|成为VIP后|VIP文档为合作方或网友上传)");

  /** Short lines of site chrome. Only applied to lines too short to be a sentence of the body. */
  private static final Pattern CHROME =
      Pattern.compile(
          "第\\d+页\\s*/?\\s*共\\d+页|_第\\d+[页頁]$|^共\\d+页|点击查看更多|展开阅读全文|预览结束|资源描述|由会员分享"
              + "|上传人[:：]|文档编号|页数[:：]|您的位置|当前位置|ICP|公网安备|版权所有|^©|©\\s|友情链接|网站地图"
              + "|^电脑版|购物车|我的足迹|立即下载|免费下载|加入\\s*[Vv][Ii][Pp]|举报|【字号|^字号|所在栏目|关键词[:：]"
              // the offer to pin the site to the desktop: "添加某某文库到电脑桌面", "安装后可以在桌面快捷访问"
              + "|(?:添加|保存)[^，,。]{0,20}到(?:电脑)?桌面|桌面快捷访问|^电脑桌面$"
              + "|客服\\s?(?:QQ|qq|微信|电话)[:：]?|责任编辑|请点击|联系老师|扫一扫|分享到|阅读次数|浏览次数|^来源[:：]|^作者[:：]|^编辑[:：]"
              // a menu or breadcrumb run together ("网站首页节日演讲稿…", "首页范文稿件发言稿"), a row of
              // search words ("热门搜索:…")
              + "|^网站首页|^網站首頁|^(?:首页|首頁)[^，,。；;：:！？!?]{2,20}$|^(?:热门搜索|熱門搜索|热搜|搜索热词|大家都在搜|快捷搜索|快速搜索)[:：]"
              // a site's list of its popular articles, one per row: "最新热文:某某出席…大会并讲话"
              + "|^(?:最新热文|最新熱文|热文推荐|熱文推薦|今日热文|今日熱文)[:：]"
              + "|^(下载|打印|全屏|收藏|加大|还原|减小|】|关闭|关闭窗口|返回|分享|导航|首页|登录|注册|搜索|更多)$"
              // a sharing site's notes on the document: 1、本文档共5页,可阅读全部内容; 本文档由网友投稿
              + "|^(?:\\d{1,2}[、.]\\s*){0,2}本文档(?:共\\d+页|由(?:网友|用户|会员))|关注公众号即可(?:免费)?下载"
              // a document viewer's label over the text it extracted
              + "|^(?:文档简介|文檔簡介|文档介绍|文檔介紹|资料简介|資料簡介|资源预览内容|資源預覽內容)$"
              // a viewer's excuse for its preview, a paywall's label and price rows
              + "|^资源预览文档简介为自动调取|^(?:隐藏内容|隱藏內容)$|^•?\\s*\\S{0,6}用户特权[:：]"
              // a sharing site's buttons, prices and notes left between or after the paragraphs
              + "|^联系客服|^微信订阅号$|^会员信息$|^会员免费查看$|^下载文档$|^本文标题[:：]|^•?\\s*范文预览[:：]"
              + "|部分文章缺省word文档下载|此资源购买后\\d+天内可下载|如需用支付宝支付|还有\\d+页未读|消耗\\d+篇.{0,8}配额"
              + "|^收藏《[^》]{2,60}》?[)）]?$"
              // a flip-book's page header: "Page 38 - 某某年鉴2008", "P. 38"
              + "|^Page\\s?\\d{1,4}(?:\\s*-.*)?$|^P\\.\\s?\\d{1,4}$");

  /**
   * Rows of document and article sites: upload rows (格式, 大小, 文档页数, 21.09KB, VIP专免), counters and
   * comment boxes, share and tag rows, journal record lines, a bare label with nothing after it.
   * Only lines without a sentence end qualify, so a sentence that mentions such a word stays.
   */
  private static final Pattern PAGE_ROW =
      Pattern.compile(
          "^[-•·]?\\s*(海报|正文复制|侵权投诉|用户评论|点击关闭|相关推荐|相關(?:\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\))?推薦|热门标签|最新活动|评论\\d*|标签[:：].*)$"
              + "|点击(?:图片|进入|查看|下载|阅读)|以稿换稿|加入会员|仅代表网友意见|本站立场|留言与评论|用手机阅读|微信扫码|扫码分享|扫码阅读|手机扫码"
              + "|^[-•·]?\\s*(格式|大小|文档页数|下载积分)[:：]|^(分类号|文献标识码|文章编号|作者简介|作者单位)[:：]"
              + "|部分内容阅读|版权声明|^VIP|^[Vv][Ii][Pp]专|\\d+(\\.\\d+)?\\s*[KkMm][Bb]\\b"
              + "|^(时间|来源|作者|点击|浏览|阅读|人气|用户名|密\\s*码|验证码)[:：]\\s*$"
              + "|^(阅读|浏览|点击|人气|热度|阅读量|浏览量)[:：]?\\s*[\\d.]+\\s*[万WwKk千]?\\s*次?$");

  /** Labelled page metadata: 发表时间:2025/5/31, 上传时间:2023-01-16, 时间:2026-02-11 … */
  private static final Pattern LABELLED_DATE =
      Pattern.compile(
          "(发表时间|上传时间|发布时间|发布日期|更新时间|时间|日期|發佈時間|發表時間|時間|日期)[:：]\\s*(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})");

  /** A labelled date that gives only the month: 更新时间:2025-11, 发布时间:2021年7月. */
  private static final Pattern LABELLED_MONTH =
      Pattern.compile(
          "(发表时间|上传时间|发布时间|发布日期|更新时间|發佈時間|發表時間)[:：]\\s*(\\d{4})[-/.年](\\d{1,2})(?![\\d\\-/.])月?");

  /** A journal's issue under a record's 出处: "2005年第16期40-45,共6页". */
  private static final Pattern JOURNAL_ISSUE =
      Pattern.compile("^(\\d{4})年第\\d{1,3}期(?:[\\d\\-,，+页共\\s]*)$");

  /** A row of a table of fields that opens on a label cell: "发布机构: | 某某局 | 主题分类: | … |". */
  private static final Pattern FIELD_ROW =
      Pattern.compile(
          "\\s*(?:索引号|索引號|发布机构|發佈機構|发文机关|發文機關|发布单位|发文单位|名\\s?称|名\\s?稱|文件名称|标\\s?题|標\\s?題|文号|文號"
              + "|成文日期|发布日期|發佈日期|主题分类|主題分類|组配分类|組配分類|体裁分类|信息分类|废止日期|有效性|公开方式|公开范围|生成日期)"
              + "\\s*[:：]\\s*[|｜]");

  /** The name field of such a table: "名称: | 县卫健委2023年工作总结… |". */
  private static final Pattern NAME_FIELD = field("名\\s?称|名\\s?稱|文件名称|标\\s?题|標\\s?題", 4, 80);

  /** Its publisher field, the unit that issued the document: "发布机构: | 某某县卫生健康委员会 |". */
  private static final Pattern PUBLISHER_FIELD = field("发布机构|發佈機構|发文机关|發文機關|发布单位|发文单位", 2, 40);

  /** A labelled cell of a table of fields and its value (group 1) in the next cell. */
  private static Pattern field(String labels, int min, int max) {
    return Pattern.compile(
        "(?:^|[|｜])\\s*(?:"
            + labels
            + ")\\s*[:：]\\s*[|｜]\\s*([^|｜]{"
            + min
            + ","
            + max
            + "}?)\\s*(?:[|｜]|$)");
  }

  /** A document viewer's caption of a page image: "在…会议上的讲话_第1页". */
  private static final Pattern PAGE_CAPTION = Pattern.compile("^(.{4,80}?)_第\\d{1,3}[页頁]$");

  /** A breadcrumb trail: "当前位置:秘书稿子>> 讲话发言>> 局办讲话", its last step after the last separator. */
  private static final Pattern BREADCRUMB =
      Pattern.compile(
          "(?:当前位置|您的位置|您现在的位置|所在位置|首页)[^>»›]{0,40}[>»›].*[>»›]\\s*([^>»›]{2,20}?)\\s*$");

  /** The last step of a breadcrumb trail (the category the page is filed under), or null. */
  static String breadcrumbTail(String line) {
    Matcher m = BREADCRUMB.matcher(line);
    return m.find() ? m.group(1).strip() : null;
  }

  /** The document name a page caption gives, or null when the line is none. */
  static String captionName(String line) {
    Matcher m = PAGE_CAPTION.matcher(line);
    return m.matches() ? m.group(1).strip() : null;
  }

  /** The label a date from an unlabelled row gets. */
  private static final String ROW_LABEL = "row";

  /** A page's live clock: 上午/下午 and a time to the second beside the date. */
  private static final Pattern CLOCK = Pattern.compile("(?:上午|下午|晚上|早上)\\s?\\d{1,2}:\\d{2}:\\d{2}");

  /** A breadcrumb trail that ends on the page's date and time. */
  private static final Pattern BREADCRUMB_DATE =
      Pattern.compile(
          "^\\W{0,3}(?:您的位置|当前位置|您现在的位置|現在位置)[:：][^。！？!?]{0,100}?[>＞»][^。！？!?]{0,80}?"
              + "(?<!\\d)(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?\\s*$");

  /** A date with its time, then the article's source: 2012-03-09 11:26 來源:某某. */
  private static final Pattern SOURCE_ROW =
      Pattern.compile(
          "(?<!\\d)(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})\\s*\\d{1,2}:\\d{2}(?::\\d{2})?[^。！!]{0,6}(?:来源|來源)[:：]");

  /** A date written with dashes or slashes, as upload rows write it: 2024-10-28, 2021/7/9. */
  private static final Pattern ROW_DATE =
      Pattern.compile("(?<!\\d)(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?!\\d)");

  /** A web address: http(s)://…, www.…, or a host ending in a common top-level domain. */
  /** How the names of sites end: 某某网, 某某文库, 稿子汇, 某某之家. */
  private static final Pattern SITE_NAME =
      Pattern.compile("(?:网|網|网站|網站|文库|文庫|库|庫|汇|匯|之家|平台|范文|範文|文档|文檔)$");

  static final Pattern ADDRESS =
      Pattern.compile(
          "(?:https?://|www\\.)[\\w.-]+(?:/\\S*)?"
              + "|(?<![\\w.])[a-zA-Z][\\w-]*(?:\\.[\\w-]+)*\\.(?:com|cn|net|org|top|cc|vip)(?:\\.cn)?(?![\\w.])");

  private ChromeLines() {}

  /**
   * Words of the keyword lines spam mirrors put above a copied speech ("亚洲免费乱码视频,日韩 欧美 国产…"), which
   * no speech uses: two of them in a line make it spam.
   */
  private static final Pattern SPAM_WORD =
      Pattern.compile("在线观看|免费视频|乱码|日韩|欧美|国产|亚洲|一区|二区|中文字幕|无码|精品视频|视频播");

  private static boolean isSpamLine(String line) {
    Matcher m = SPAM_WORD.matcher(line);
    int n = 0;
    while (m.find() && n < 3) n++;
    return n >= 3 && !hasSentenceEnd(line);
  }

  /**
   * Lines of a portal's top that a body may also hold in other words, so they count only above the
   * body and never on a heading: a weather line (泰州 阵雨转多云 18℃~11℃), a QR-code prompt, a gambling
   * site's name.
   */
  private static final Pattern HEAD_CHROME =
      Pattern.compile(
          "^[^，,。；;]{0,20}[晴阴陰雨雪云雲风風转轉][^，,。；;]{0,12}\\d\\s?(?:℃|°C)[^，,。；;]{0,12}$"
              + "|^[^，,。；;]{0,16}二[维維][码碼][^，,。；;]{0,10}$"
              // a gambling site's name a spam mirror puts over a copied speech: 澳门皇冠_皇冠足球比分-…体育官网
              + "|^[^，,。；;]{0,12}(?:皇冠|博彩|娱乐城|足球比分|体育官网)[^，,。；;]{0,12}[_\\-][^，,。；;]{0,30}$");

  /**
   * Whether a line above the body is a portal's weather line, QR prompt or gambling site's name.
   */
  static boolean isHeadChrome(String line) {
    return line.length() <= 60
        && !Markers.startsWithMarker(line)
        && HEAD_CHROME.matcher(line).find();
  }

  /** Why a line is chrome ("chrome", "navigation", "symbols"), or null when it may be text. */
  static String why(String line) {
    if (line.length() <= 200 && isSpamLine(line)) return "spam keywords";
    if (line.length() <= 200 && DOWNLOAD_NOTICE.matcher(line).lookingAt()) return "chrome";
    if (line.length() <= 80 && CHROME.matcher(line).find()) return "chrome";
    if (line.length() <= 80 && !hasSentenceEnd(line) && PAGE_ROW.matcher(line).find())
      return "page row";
    if (isNavigationLine(line)) return "navigation";
    if (isBreadcrumb(line)) return "breadcrumb";
    if (line.length() <= 4 && isSeparators(line)) return "symbols";
    if (isSiteAddress(line)) return "site address";
    return null;
  }

  /**
   * A line of page metadata: a labelled date (发布时间:2021-10-01 …) or a short row around a dash date
   * (公文搜 2021-07-09 13:51:05 武装; 2024-05-13 999+ 21.09KB 29 页). The date goes into {@code meta} as
   * the page's date; returns whether the whole line is metadata.
   */
  static boolean isMetadataLine(String line, Map<String, String> meta) {
    if (line.length() <= 200 && FIELD_ROW.matcher(line).lookingAt() && !hasSentenceEnd(line)) {
      // a row of an open-information page's table of fields: 索引号: | … | 名称: | … |
      Matcher name = NAME_FIELD.matcher(line);
      if (name.find()) meta.putIfAbsent("fieldTitle", name.group(1).strip());
      Matcher by = PUBLISHER_FIELD.matcher(line);
      if (by.find()) meta.putIfAbsent("fieldPublisher", by.group(1).strip());
      Matcher d = ROW_DATE.matcher(line);
      if (d.find()) rowDate(d, meta);
      return true;
    }
    if (line.length() > 120
        || line.indexOf('-') < 0 && line.indexOf('/') < 0 && line.indexOf('年') < 0) {
      return false;
    }
    Matcher m = LABELLED_DATE.matcher(line);
    if (m.find()) {
      // a labelled date (发布时间:…) names the article's day; an unlabelled row above it may be the
      // site's upload list or clock
      if (meta.get("dateLabel") == null || ROW_LABEL.equals(meta.get("dateLabel"))) {
        meta.put("date", isoDate(m.group(2), m.group(3), m.group(4)));
        meta.put("dateLabel", m.group(1));
      }
      return line.length() - (m.end() - m.start()) < 20 || !hasSentenceEnd(line);
    }
    Matcher issue = JOURNAL_ISSUE.matcher(line);
    if (issue.matches()) {
      // a gazette or journal record: the issue's year is when the page's text was published
      meta.putIfAbsent("pageYear", issue.group(1));
      return true;
    }
    Matcher month = LABELLED_MONTH.matcher(line);
    if (month.find() && !hasSentenceEnd(line)) {
      // the page's month without its day still says the year it was put up
      meta.putIfAbsent("pageYear", month.group(2));
      return true;
    }
    Matcher crumb = BREADCRUMB_DATE.matcher(line);
    if (crumb.find()) {
      // "您的位置:某某网 > 公文范文 > …讲话 正文 2021-02-23 06:01:46": the trail ends on the page's date
      rowDate(crumb, meta);
      return true;
    }
    Matcher sourced = SOURCE_ROW.matcher(line);
    if (sourced.find()) {
      // "www.….com?2012-03-09 11:26? ?來源:漳州市婦聯 我來說兩句": an article's time and source, whatever
      // marks the page's encoding left between them
      rowDate(sourced, meta);
      return true;
    }
    if (line.length() > 50 || CharNormalizer.hasSentencePunct(line.replace(':', ' '))) return false;
    Matcher b = ROW_DATE.matcher(line);
    if (b.find()) {
      // "2018/12/28 上午9:27:28 星期五": the site's clock, which may be years off the page
      if (CLOCK.matcher(line).find()) return true;
      rowDate(b, meta);
      return true;
    }
    return false;
  }

  /** An unlabelled row's date, unless the page gave one before: a labelled date outranks it. */
  private static void rowDate(Matcher date, Map<String, String> meta) {
    meta.putIfAbsent("date", isoDate(date.group(1), date.group(2), date.group(3)));
    meta.putIfAbsent("dateLabel", ROW_LABEL);
  }

  public static String isoDate(String y, String m, String d) {
    return String.format(
        java.util.Locale.ROOT, "%s-%02d-%02d", y, Integer.parseInt(m), Integer.parseInt(d));
  }

  /** A year in brackets, as a byline's date gives it: "(2011年 月 日)", "（2019年3月5日）". */
  private static final Pattern BYLINE_YEAR = Pattern.compile("[(（]\\s*(?:19|20)\\d{2}\\s*年");

  /** "县委副书记 XXX (2011年 月 日)": a byline and its date, spaced out like a menu but no menu. */
  static boolean hasBylineDate(String line) {
    return BYLINE_YEAR.matcher(line).find();
  }

  /** "返回 下载 相关 举报", "电脑版 | 某某文库", a menu row of many short items: no sentence. */
  static boolean isNavigationLine(String line) {
    if (line.length() > 160 || CharNormalizer.hasSentencePunct(line)) return false;
    if (hasBylineDate(line)) return false;
    String[] parts = line.split("[\\s|>»/]+");
    if (parts.length < 2) return false;
    int maxPart = line.length() <= 40 ? 8 : 6;
    if (line.length() > 40 && parts.length < 5) return false;
    for (String p : parts) if (p.length() > maxPart) return false;
    return !Markers.startsWithMarker(line);
  }

  /** "首页 > 范文大全 > 即兴演讲 > …": two or more path separators and no sentence end. */
  private static boolean isBreadcrumb(String line) {
    if (line.length() > 160 || hasSentenceEnd(line)) return false;
    int seps = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '>' || c == '»' || c == '›' || c == '＞') seps++;
    }
    return seps >= 2;
  }

  /**
   * "稿子汇 www.gaozihui.com", "某某文库 http://…": a web address with at most a short site name beside
   * it, a watermark the page repeats between paragraphs. A sentence that cites an address keeps it.
   */
  private static boolean isSiteAddress(String line) {
    if (line.length() > 60 || hasSentenceEnd(line)) return false;
    Matcher m = ADDRESS.matcher(line);
    if (!m.find()) return false;
    String rest =
        (line.substring(0, m.start()) + line.substring(m.end())).replaceAll("[\\s,，、|:：()（）]", "");
    // only a site's own name may stand beside the address ("开学典礼寄语 www.…" is a title)
    return rest.isEmpty() || rest.length() <= 12 && SITE_NAME.matcher(rest).find();
  }

  private static boolean hasSentenceEnd(String line) {
    for (int i = 0; i < line.length(); i++) {
      if (CharNormalizer.isSentenceEnd(line.charAt(i))) return true;
    }
    return false;
  }

  /** Bullets and separators of menus ("•", "|", ">>"); never punctuation that text can hold. */
  private static boolean isSeparators(String s) {
    // × and ✕ alone are a pop-up's close button
    return s.chars().allMatch(c -> "•|｜/\\_=~*#>»<«◆■□●○×✕".indexOf(c) >= 0 || c == ' ');
  }
}
