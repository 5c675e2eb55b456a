package speechsearch.ingest.clean;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import speechsearch.ingest.text.CharNormalizer;
import speechsearch.ingest.text.Markers;

/**
 * Turns extracted text into clean paragraphs: width normalisation, PDF spaces and hard wraps, site
 * chrome, page-split markers, outline blocks and truncation notices. Rules are general (line shape,
 * position, repetition) wherever possible; the few literal strings are the stock phrases of Chinese
 * document and article sites.
 *
 * <p>Contract: no character of a body sentence is removed, except the repeated title line, marker
 * digits of page chunks and the notices themselves. What each rule removes is counted ({@link
 * CleaningLoss}) and listed (for {@code parse --debug-clean}). This class runs the rules in their
 * order and holds the line rules of the page (notices, tails, menus, broken lines); where the head
 * ends and the body begins is {@link HeadLines}'s, a table of contents {@link Outline}'s.
 */
public final class TextCleaner {

  /** Notices that say text was left out. The match is removed and the speech marked truncated. */
  private static final Pattern TRUNCATION =
      Pattern.compile(
          "…{0,2}[(（]?[^()（）\\n]{0,40}?省略\\d+字[^()（）\\n]{0,40}[)）]?…{0,2}"
              // a document viewer's "---此处隐藏1985字,下载后查看---"
              // …… and "此处隐藏4201个字。VIP会员可见"
              + "|[-—…]{0,6}\\s*此[处處](?:已)?[隐隱]藏了?\\d+个?字"
              + "(?:[,，。.]?\\s*(?:VIP|vip)?(?:会员|會員)?(?:可见|可見|下载后查看|下載後查看|登录后查看|查看))?[-—…]{0,6}"
              + "|…{0,2}[(（]?未完[,，]?\\s*全文共\\d+字.*"
              + "|当前仅显示\\d+字.*"
              + "|剩余\\d+(?:字|页)未读.*"
              // a viewer's or a paywall's notice over the part it leaves out
              + "|仅展示\\d+字[,，]?\\s*全文共\\d+字"
              + "|此内容查看价格为\\d+金币.*|此部分内容为付费内容.*|此处内容需要权限查看.*"
              // the paywall's button left glued to the text it shows again: "会员免费查看(二)搞好…"
              + "|^会员免费查看"
              + "|^阅读全文$"
              + "|[(（]?[^()（）\\n]{0,20}?下载文档可见全文[.…。]*[)）]?"
              + "|^展开阅读全文.*");

  /**
   * A site's notice where it stopped showing the text: 试读结束, (阅读全部图文内容,您需要先登录!), 新来的客人【点此注册】查看文章,
   * 全文共3427字,仅供站内会员学习参考, 开通VIP查看. It ends the page, and the speech is marked truncated.
   */
  private static final Pattern CUT_NOTICE =
      Pattern.compile(
          "试读结束|预览(?:已)?结束|阅读全部图文内容|阅读全文.{0,6}(?:登录|登陆)|完整内容已自动隐藏|本文只有我站会员才能阅读"
              // only where it ends the line or asks to log in to read: a speech tells people to
              // log in to a service platform (群众需先登录政务服务网，即可办理)
              + "|(?:请先|需要先|需先)(?:登录|登陆)(?:[!！。.)）]*\\s*$|后?(?:查看|阅读|下载|继续))"
              + "|点此(?:注册|登录|登陆)】?(?:查看|加入会员|阅读|打开)|全文(?:共|约)\\d+字[,，]?\\s*(?:仅供|请下载)"
              + "|仅供站内会员|开通\\s*VIP\\s*(?:查看|下载|阅读)|(?:登录|登陆)后(?:查看|阅读|下载)全文");

  private static final Pattern SIGN_OFF = Pattern.compile("(?:谢谢|謝謝|多谢|多謝)[^。]{0,6}[!！。]?\\s*$");

  /** Lines that begin the tail of a page: everything from here on is not the speech. */
  private static final Pattern TAIL_START =
      Pattern.compile(
          "^((?:[-—•·]\\s*)?(预览结束|展开阅读全文|相关文章|推荐文章|相关资源|相关搜索|相关阅读|猜你喜欢|上一篇|下一篇|热门文章|最新文章|延伸阅读"
              + "|相关报道|相关附件|相关链接|相关文档|相关新闻|其他相关文章).{0,40}"
              // a sharing site's footer: the page's address, its rules for members, its disclaimer
              + "|链接地址[:：]\\s*(?:https?://|www\\.).{0,80}|作者原创[,，]不允许二次传播.{0,40}"
              + "|免责声明[:：].{0,80}|本文来源[:：]来自用户上传.{0,60}"
              // wikisource's licence notice under a public-domain text
              + "|本作品(是|来自).{0,80})$");

  private static final Pattern BARE_MARKER =
      Pattern.compile(
          "[一二三四五六七八九十]{1,3}[、是要]|[(（][一二三四五六七八九十]{1,3}[)）]|第[一二三四五六七八九十]{1,3}[,，、:：]"
              + "|\\d{1,2}[、.]|[(（]\\d{1,2}[)）]|[\\u2460-\\u2473]");

  /** A bare number above the body: a page or date fragment of the site ("02", "12"). */
  private static final Pattern DIGITS_ONLY = Pattern.compile("\\d{1,3}");

  /** Markup a page kept as text: a line break or paragraph tag ends a line. */
  private static final Pattern HTML_BREAK =
      Pattern.compile("<br\\s*/?>|</?(?:p|div)(?:\\s[^<>]{0,200})?>", Pattern.CASE_INSENSITIVE);

  /** Inline markup a page kept as text (<span …>, </font>, <image>): dropped, its text kept. */
  private static final Pattern HTML_INLINE =
      Pattern.compile(
          "</?(?:span|font|strong|b|i|em|u|sup|sub|s|a|image|img|input|legend)(?:\\s[^<>]{0,200})?/?>",
          Pattern.CASE_INSENSITIVE);

  /**
   * An image a page kept as text with its source inside (<image>data:image/png;base64,…</image>):
   * the source is no text of the speech, so the element goes whole.
   */
  private static final Pattern HTML_IMAGE =
      Pattern.compile("<image(?:\\s[^<>]{0,200})?>[^<]*+</image>", Pattern.CASE_INSENSITIVE);

  /**
   * A text copied with its page's markup ({@code <br>}, {@code <p style=…>}): the tags as line
   * breaks.
   */
  static String dropMarkup(String text) {
    if (text.indexOf('<') < 0) return text;
    String t = HTML_IMAGE.matcher(text).replaceAll("");
    t = HTML_BREAK.matcher(t).replaceAll("\n");
    return HTML_INLINE.matcher(t).replaceAll("");
  }

  public CleanText clean(String raw) {
    String text = dropMarkup(CharNormalizer.normalize(raw));
    List<String> removed = new ArrayList<>();
    List<String> rawLines = new ArrayList<>();
    Set<String> beforeBlank = new HashSet<>();
    String[] textLines = text.split("\n", -1);
    for (int i = 0; i < textLines.length; i++) {
      String l = textLines[i].strip();
      if (l.isEmpty()) continue;
      rawLines.add(l);
      if (i + 1 < textLines.length && textLines[i + 1].isBlank()) beforeBlank.add(l);
    }
    // where most lines stand apart, a blank line says nothing; where few do, it ends a paragraph
    if (beforeBlank.size() * 2 > rawLines.size()) beforeBlank.clear();
    CleaningLoss loss = new CleaningLoss();
    int listed = removed.size();
    List<String> repaired = PageDamage.repair(rawLines, removed);
    listed = counted(loss, "page-damage", rawLines, repaired, removed, listed);
    rawLines = dropMenus(repaired, removed);
    listed = counted(loss, "navigation-line", repaired, rawLines, removed, listed);
    // page chunks first: their numbers sit at line starts that space repair would move
    rawLines = PageChunks.rejoin(rawLines);
    List<String> lines = new ArrayList<>(rawLines.size());
    for (String line : rawLines) {
      for (String l : WhitespaceRepair.repairLine(line).split("\n")) {
        if (!l.isBlank()) lines.add(l.strip());
      }
    }
    lines = WhitespaceRepair.joinSplitNumbers(lines);
    lines = WhitespaceRepair.joinHardWraps(lines, beforeBlank);
    lines = joinBareMarkers(lines);

    Map<String, String> meta = new HashMap<>();
    boolean truncated = false;
    List<String> kept = new ArrayList<>();
    boolean seenBody = false;
    // a sentence ended with a full stop: a row of buttons under a title with a colon
    // ("相关文章】【现金奖励投稿】…" under "…讲话:立足长效化…") is no page tail before the text
    boolean seenProse = false;
    // the lines that follow text the page left out, by identity: the speech goes on there from a
    // later point, and the two sides are never joined into one paragraph
    Set<String> afterGap = Collections.newSetFromMap(new IdentityHashMap<>());
    boolean gapBefore = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      Matcher t = TRUNCATION.matcher(line);
      if (mayBeNotice(line) && t.find()) {
        truncated = true;
        removed.add("notice: " + t.group().strip());
        loss.drop("truncation-notice", t.group());
        String before = line.substring(0, t.start()).strip();
        String after = line.substring(t.end()).strip();
        if (seenBody) {
          if (!before.isEmpty()) kept.add(before);
          gapBefore = true;
          line = after;
        } else {
          line = (before + after).strip();
        }
        if (line.isEmpty()) continue;
      }
      boolean cut = seenBody && line.length() <= 80 && CUT_NOTICE.matcher(line).find();
      if (cut || seenProse && TAIL_START.matcher(line).lookingAt()) { // anchored: no scan
        // after a speech that signed off (谢谢大家！) a cut notice is the site's advert, not a cut
        if (cut) truncated |= kept.isEmpty() || !SIGN_OFF.matcher(kept.get(kept.size() - 1)).find();
        removed.add((cut ? "cut notice, tail from: " : "tail from: ") + line);
        for (String rest : lines.subList(i, lines.size())) loss.drop("page-tail", rest);
        break;
      }
      if (kept.size() < HeadLines.HEAD_LINES) {
        String had = line;
        line = SiteSentences.strip(line, meta, removed);
        if (!line.equals(had)) {
          loss.count(
              "site-sentence", CleaningLoss.letters(had) - CleaningLoss.letters(line), removed);
        }
        if (line.isEmpty()) continue;
      }
      if (ChromeLines.isMetadataLine(line, meta)) {
        removed.add("page metadata: " + line);
        loss.drop("metadata-line", line);
        continue;
      }
      String why =
          seenBody || !DIGITS_ONLY.matcher(line).matches() ? ChromeLines.why(line) : "number";
      if (why == null && !seenBody && ChromeLines.isHeadChrome(line)) why = "chrome";
      if (why != null) {
        String caption = ChromeLines.captionName(line);
        if (caption != null) meta.putIfAbsent("captionTitle", caption);
        String crumb = ChromeLines.breadcrumbTail(line);
        if (crumb != null && !seenBody) meta.putIfAbsent("breadcrumbTail", crumb);
        removed.add(why + ": " + line);
        loss.drop(why.startsWith("navigation") ? "navigation-line" : "chrome-line", line);
        continue;
      }
      if (gapBefore) {
        line = new String(line); // its own identity, whatever other line holds the same text
        afterGap.add(line);
        gapBefore = false;
      }
      kept.add(line);
      if (HeadLines.isSentenceLine(line)) seenBody = true;
      if (seenBody && CharNormalizer.hasSentenceEnd(line)) seenProse = true;
    }

    // after chrome removal, so that a chrome line never takes a body line down with it
    kept = joinBrokenLines(kept);
    listed = removed.size();
    kept = HeadLines.joinBrokenTitle(kept);
    List<String> shown = HeadLines.dropPreviews(kept, removed);
    listed = counted(loss, "preview", kept, shown, removed, listed);
    int split = HeadLines.splitTitleRun(shown);
    kept = Outline.remove(shown, removed);
    counted(loss, "outline", shown, kept, removed, listed);

    int start = split >= 0 && split < kept.size() ? split : HeadLines.bodyStart(kept);
    List<String> head = new ArrayList<>(kept.subList(0, start));
    List<String> body = new ArrayList<>(kept.subList(start, kept.size()));
    HeadLines.removeRepeated(head, meta.get("captionTitle"), body, removed, loss);
    ItemLabels.dropFirstSpeechLabel(body, removed);
    Set<Integer> gaps = new HashSet<>();
    for (int k = 0; k < body.size(); k++) if (afterGap.contains(body.get(k))) gaps.add(k);
    return new CleanText(head, body, truncated, meta, loss.of(text), removed, gaps);
  }

  /**
   * Counts what a phase that lists its removals took, from the lines before and after it; only when
   * it listed one, as most texts lose nothing. Returns the listing's new length.
   */
  private static int counted(
      CleaningLoss loss,
      String rule,
      List<String> before,
      List<String> after,
      List<String> removed,
      int listed) {
    if (removed.size() > listed) loss.count(rule, letters(before) - letters(after), removed);
    return removed.size();
  }

  private static long letters(List<String> lines) {
    long n = 0;
    for (String l : lines) n += CleaningLoss.letters(l);
    return n;
  }

  /**
   * Menu rows ("網站首頁 個人文檔 工作總結 …"), found before space repair joins their words: many items of two
   * to six characters, no sentence. A line spaced out one character at a time ("主 持 词") is text
   * that a PDF spread, not a menu.
   */
  private static List<String> dropMenus(List<String> lines, List<String> removed) {
    List<String> out = new ArrayList<>(lines.size());
    for (String l : lines) {
      if (l.indexOf(' ') > 0 && isMenu(l)) removed.add("navigation: " + l);
      else out.add(l);
    }
    return out;
  }

  private static boolean isMenu(String line) {
    if (line.length() > 200
        || CharNormalizer.hasSentencePunct(line)
        || ChromeLines.hasBylineDate(line)) {
      return false;
    }
    String[] parts = line.split("[\\s|>»/]+");
    int words = 0;
    for (String p : parts) {
      if (p.length() > 6) return false;
      if (p.length() >= 2) words++;
    }
    return parts.length >= 4 && words * 5 >= parts.length * 4 && !Markers.startsWithMarker(line);
  }

  /**
   * Pages that link titles break lines around them ("实施新《\n信访条例\n》…"): a line that ends with an
   * opening bracket or quote continues on the next, and a line that starts with closing punctuation
   * belongs to the one before.
   */
  private static List<String> joinBrokenLines(List<String> lines) {
    List<String> out = new ArrayList<>(lines.size());
    for (String l : lines) {
      if (!out.isEmpty()) {
        String prev = out.get(out.size() - 1);
        char last = prev.charAt(prev.length() - 1);
        if ("《（「『“(".indexOf(last) >= 0 || "》）」』”，。、；：！？".indexOf(l.charAt(0)) >= 0) {
          out.set(out.size() - 1, prev + l);
          continue;
        }
      }
      out.add(l);
    }
    return out;
  }

  /**
   * A line holding only an enumerator ("四、", "第一、", "（一）", "1.") belongs to the line after it,
   * unless that line starts with an enumerator of its own.
   */
  private static List<String> joinBareMarkers(List<String> lines) {
    List<String> out = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      if (i + 1 < lines.size()
          && l.length() <= 6
          && BARE_MARKER.matcher(l).matches()
          && !Markers.startsWithMarker(lines.get(i + 1))) {
        lines.set(i + 1, l + lines.get(i + 1));
        continue;
      }
      out.add(l);
    }
    return out;
  }

  private static boolean mayBeNotice(String line) {
    return line.contains("省略")
        || line.contains("未完")
        || line.contains("显示")
        || line.contains("剩余")
        || line.contains("隐藏")
        || line.contains("隱藏")
        || line.contains("展示")
        || line.contains("金币")
        || line.contains("付费内容")
        || line.contains("权限查看")
        || line.startsWith("会员免费查看")
        || line.equals("阅读全文")
        || line.contains("可见全文")
        || line.startsWith("展开");
  }
}
