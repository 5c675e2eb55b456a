package speechsearch.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns extracted text into clean paragraphs: width normalisation, PDF spaces and hard wraps, site
 * chrome, page-split markers, outline blocks and truncation notices. Rules are general (line shape,
 * position, repetition) wherever possible; the few literal strings are the stock phrases of Chinese
 * document and article sites.
 *
 * <p>Contract: no character of a body sentence is removed, except the repeated title line, marker
 * digits of page chunks and the notices themselves. What each rule removes is counted ({@link
 * CleaningLoss}); the count is why the class passes 300 lines, as the rules share one pass.
 */
public final class TextCleaner {

  /** Notices that say text was left out. The match is removed and the speech marked truncated. */
  private static final Pattern TRUNCATION =
      Pattern.compile(
          "…{0,2}[(（]?[^()（）\\n]{0,40}?省略\\d+字[^()（）\\n]{0,40}[)）]?…{0,2}"
              + "|…{0,2}[(（]?未完[,，]?\\s*全文共\\d+字.*"
              + "|当前仅显示\\d+字.*"
              + "|剩余\\d+字未读.*"
              + "|^展开阅读全文.*");

  /** Lines that begin the tail of a page: everything from here on is not the speech. */
  private static final Pattern TAIL_START =
      Pattern.compile(
          "^((预览结束|展开阅读全文|相关文章|推荐文章|相关资源|相关搜索|相关阅读|猜你喜欢|上一篇|下一篇|热门文章|最新文章|延伸阅读"
              + "|相关报道|相关附件|相关链接|相关文档|相关新闻).{0,40}"
              // wikisource's licence notice under a public-domain text
              + "|本作品(是|来自).{0,80})$");

  /** Short lines of site chrome. Only applied to lines too short to be a sentence of the body. */
  private static final Pattern CHROME =
      Pattern.compile(
          "第\\d+页\\s*/?\\s*共\\d+页|_第\\d+页$|^共\\d+页|点击查看更多|展开阅读全文|预览结束|资源描述|由会员分享"
              + "|上传人[:：]|文档编号|页数[:：]|您的位置|当前位置|ICP|公网安备|版权所有|^©|©\\s|友情链接|网站地图"
              + "|^电脑版|购物车|我的足迹|立即下载|免费下载|加入\\s*[Vv][Ii][Pp]|举报|【字号|^字号|所在栏目|关键词[:：]"
              + "|责任编辑|请点击|联系老师|扫一扫|分享到|阅读次数|浏览次数|^来源[:：]|^作者[:：]|^编辑[:：]"
              + "|^(下载|打印|全屏|收藏|加大|还原|减小|】|关闭|关闭窗口|返回|分享|导航|首页|登录|注册|搜索|更多)$");

  /** Labelled page metadata: 发表时间:2025/5/31, 上传时间:2023-01-16, 时间:2026-02-11 … */
  private static final Pattern LABELLED_DATE =
      Pattern.compile(
          "(发表时间|上传时间|发布时间|发布日期|时间|日期)[:：]\\s*(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})");

  /** A site-name line with a bare timestamp: 三味园范文网2025-06-21 11:37:14. */
  private static final Pattern BARE_TIMESTAMP =
      Pattern.compile("^.{0,20}?(\\d{4})-(\\d{1,2})-(\\d{1,2})(\\s+\\d{1,2}:\\d{2}(:\\d{2})?)?$");

  private static final Pattern BARE_MARKER =
      Pattern.compile(
          "[一二三四五六七八九十]{1,3}[、是要]|[(（][一二三四五六七八九十]{1,3}[)）]|第[一二三四五六七八九十]{1,3}[,，、:：]"
              + "|\\d{1,2}[、.]|[(（]\\d{1,2}[)）]|[\\u2460-\\u2473]");
  private static final Pattern OUTLINE_HEADER = Pattern.compile("^(目录|提纲|目录/提纲|目录提纲)[:：]?.*$");
  private static final Pattern ELLIPSIS_LINE = Pattern.compile("^[….。·\\s]+$");
  private static final Pattern SALUTATION =
      Pattern.compile("^(同志们|各位代表|各位委员|尊敬的|各位领导|女士们|亲爱的|老师们)");

  public CleanText clean(String raw) {
    String text = CharNormalizer.normalize(raw);
    List<String> rawLines = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      String l = line.strip();
      if (!l.isEmpty()) rawLines.add(l);
    }
    // page chunks first: their numbers sit at line starts that space repair would move
    rawLines = PageChunks.rejoin(rawLines);
    List<String> lines = new ArrayList<>(rawLines.size());
    for (String line : rawLines) {
      for (String l : WhitespaceRepair.repairLine(line).split("\n")) {
        if (!l.isBlank()) lines.add(l.strip());
      }
    }
    lines = WhitespaceRepair.joinHardWraps(lines);
    lines = joinBareMarkers(lines);

    Map<String, String> meta = new HashMap<>();
    boolean truncated = false;
    List<String> kept = new ArrayList<>();
    CleaningLoss loss = new CleaningLoss();
    boolean seenBody = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      Matcher t = TRUNCATION.matcher(line);
      if (mayBeNotice(line) && t.find()) {
        truncated = true;
        loss.drop("truncation-notice", t.group());
        line = (line.substring(0, t.start()) + line.substring(t.end())).strip();
        if (line.isEmpty()) continue;
      }
      if (seenBody && TAIL_START.matcher(line).lookingAt()) { // anchored: no scan
        for (String rest : lines.subList(i, lines.size())) loss.drop("page-tail", rest);
        break;
      }
      String dropped =
          isMetadataLine(line, meta)
              ? "metadata-line"
              : line.length() <= 80 && CHROME.matcher(line).find()
                  ? "chrome-line"
                  : isNavigationLine(line) ? "navigation-line" : null;
      if (dropped != null) {
        loss.drop(dropped, line);
        continue;
      }
      kept.add(line);
      if (isSentenceLine(line)) seenBody = true;
    }

    // after chrome removal, so that a chrome line never takes a body line down with it
    kept = joinBrokenLines(kept);
    kept = removeOutline(kept, loss);

    int start = bodyStart(kept);
    List<String> head = new ArrayList<>(kept.subList(0, start));
    List<String> body = new ArrayList<>(kept.subList(start, kept.size()));
    removeRepeatedHeadLines(head, body, loss);
    return new CleanText(head, body, truncated, meta, loss.of(text));
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
          && !SpeechParser.startsWithMarker(lines.get(i + 1))) {
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
        || line.startsWith("展开");
  }

  private static boolean isMetadataLine(String line, Map<String, String> meta) {
    if (line.length() > 120
        || line.indexOf('-') < 0 && line.indexOf('/') < 0 && line.indexOf('年') < 0) {
      return false;
    }
    Matcher m = LABELLED_DATE.matcher(line);
    if (m.find()) {
      meta.putIfAbsent("date", isoDate(m.group(2), m.group(3), m.group(4)));
      meta.putIfAbsent("dateLabel", m.group(1));
      return line.length() - (m.end() - m.start()) < 20;
    }
    Matcher b = BARE_TIMESTAMP.matcher(line);
    if (b.find()) {
      meta.putIfAbsent("date", isoDate(b.group(1), b.group(2), b.group(3)));
      meta.putIfAbsent("dateLabel", "时间");
      return true;
    }
    return false;
  }

  static String isoDate(String y, String m, String d) {
    return String.format(
        java.util.Locale.ROOT, "%s-%02d-%02d", y, Integer.parseInt(m), Integer.parseInt(d));
  }

  /** "返回 下载 相关 举报", "电脑版 | 某某文库": a few short words and no sentence. */
  static boolean isNavigationLine(String line) {
    if (line.length() > 40 || hasSentencePunct(line)) return false;
    String[] parts = line.split("[\\s|>»/]+");
    if (parts.length < 2) return false;
    for (String p : parts) if (p.length() > 8) return false;
    return !SpeechParser.startsWithMarker(line);
  }

  static boolean hasSentencePunct(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (CharNormalizer.isSentenceEnd(c)
          || CharNormalizer.isComma(c)
          || CharNormalizer.isColon(c)) {
        return true;
      }
    }
    return false;
  }

  /** A line that reads as running text of the body rather than a label, title or link. */
  static boolean isSentenceLine(String line) {
    return (line.length() >= 40 && hasSentencePunct(line)) || SALUTATION.matcher(line).find();
  }

  /**
   * Drops an outline block (目录/提纲) and, in general, a run of heading lines before the body that the
   * body repeats: the table of contents of scraped pages.
   */
  private static List<String> removeOutline(List<String> lines, CleaningLoss loss) {
    List<String> out = new ArrayList<>(lines.size());
    int i = 0;
    int firstSentence = firstSentenceLine(lines);
    while (i < lines.size()) {
      String line = lines.get(i);
      if (i < firstSentence && OUTLINE_HEADER.matcher(line).matches()) {
        int j = i + 1;
        while (j < lines.size() && j < firstSentence && !isSentenceLine(lines.get(j))) {
          boolean end = ELLIPSIS_LINE.matcher(lines.get(j)).matches();
          j++;
          if (end) break;
        }
        for (String l : lines.subList(i, j)) loss.drop("outline", l);
        i = j;
        continue;
      }
      out.add(line);
      i++;
    }
    // a table of contents without a header: marker lines before the body that reappear in it
    int first = firstSentenceLine(out);
    List<Integer> repeated = new ArrayList<>();
    for (int k = 0; k < first; k++) {
      String l = out.get(k);
      if (SpeechParser.startsWithMarker(l) && out.subList(first, out.size()).contains(l)) {
        repeated.add(k);
      }
    }
    if (repeated.size() >= 3) {
      for (int r = repeated.size() - 1; r >= 0; r--) {
        loss.drop("outline", out.remove((int) repeated.get(r)));
      }
    }
    return out;
  }

  private static int firstSentenceLine(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) if (isSentenceLine(lines.get(i))) return i;
    return lines.size();
  }

  /** The body begins at the first salutation, marker line or sentence line. */
  private static int bodyStart(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      if (isSentenceLine(l) || SpeechParser.startsWithMarker(l)) {
        // the subtitle "——2015年3月5日在…会议上" and the speaker line are head lines even when long
        if (l.startsWith("——") || l.startsWith("--")) continue;
        return i;
      }
    }
    return lines.isEmpty()
        ? 0
        : lines.size() - 1 < 0 ? 0 : Math.min(lines.size(), firstLongLine(lines));
  }

  private static int firstLongLine(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) if (lines.get(i).length() >= 40) return i;
    return Math.min(1, lines.size());
  }

  /**
   * Scraped pages repeat the title inside the body (after 同志们, or at the start of a page chunk). A
   * body line equal to a head line, or starting with one, loses that copy.
   */
  private static void removeRepeatedHeadLines(
      List<String> head, List<String> body, CleaningLoss loss) {
    for (int i = 0; i < body.size(); i++) {
      String b = body.get(i);
      for (String h : head) {
        if (h.length() < 6 || SpeechParser.startsWithMarker(h)) continue;
        if (b.equals(h)) {
          loss.drop("repeated-title", body.remove(i--));
          break;
        }
        if (b.startsWith(h) && b.length() > h.length()) {
          loss.drop("repeated-title", h);
          body.set(i, b.substring(h.length()).strip());
          break;
        }
      }
    }
  }
}
