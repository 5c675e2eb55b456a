package speechsearch.ingest.clean;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import speechsearch.ingest.text.CharNormalizer;

/**
 * Sentences a site writes about the document it shows, at the top of the page: "下面是小编为大家整理的…,
 * 供大家参考。", "前言:本站为你精心整理了…范文", "导语:…一文来源于网友上传", "《….docx》由会员分享…". They are not the speech, so they
 * are removed; the document name they give is kept as a hint for the title (a page that has no
 * title line of its own is often named only there).
 */
final class SiteSentences {

  /** Who speaks in such a sentence: the site, its editor, its uploaders. */
  private static final Pattern AGENT =
      Pattern.compile(
          "小编|小編|本站|網站|网友上传|網友上傳|网友投稿|由会员(?:上传)?分享|由會員(?:上傳)?分享|客服老师|客服老師|范文网|範文網"
              // a document site's notes on the file: 本文档由用户上传…, 本文档内容版权归属内容提供方…
              + "|本文档|本文檔|用户上传|用戶上傳|内容提供方|內容提供方"
              // a writing account's note: 此文由“某某”微信公众号群友无偿分享,仅供学习参考
              + "|公众号群友|公眾號群友|微信公众号|微信公眾號");

  /**
   * What the site says it did with the document: only with one of these is a sentence the site's.
   */
  private static final Pattern SITE_VERB =
      Pattern.compile("整理|上传|上傳|分享|参考|參考|咨询|咨詢|投稿|下载|下載|会员|會員|收集|推荐|推薦|欢迎|歡迎|版权|版權");

  /** A label that opens such a sentence and is removed with it. */
  private static final Pattern LABEL = Pattern.compile("^(前言|导语|導語|摘要|内容简介|內容簡介)[:：]\\s*");

  /**
   * Labels a page puts before the body's first words (or a template site before every line); only
   * the label goes.
   */
  private static final Pattern BODY_LABEL =
      Pattern.compile("^(内容简介|內容簡介|内容预览|內容預覽|正文|范文中心|範文中心)[:：]\\s*");

  /** The document named in a site sentence: 《…》 or what follows 整理的/整理了. */
  private static final Pattern QUOTED = Pattern.compile("《([^《》]{4,80})》");

  private static final Pattern NAMED =
      Pattern.compile(
          "(?:整理的|整理了|整理|收集的|收集了|分享的|带来的|準備的|准备的)(?:多篇)?(?:相关的)?(?:关于)?"
              + "(.{4,80}?)(?:的文章(?=[,，。]|\\s*\\d*篇|供|希望|欢迎|$)|[,，]|一文|范文|範文|供|希望|【|$)");

  private SiteSentences() {}

  /**
   * The line without its site sentences (empty when the line was nothing else). The first document
   * name found goes into {@code meta} as {@code siteTitle}.
   */
  static String strip(String line, Map<String, String> meta, List<String> removed) {
    Matcher label = BODY_LABEL.matcher(line);
    if (label.find() && label.end() < line.length()) {
      removed.add("label: " + label.group().strip());
      line = line.substring(label.end());
    }
    if (!AGENT.matcher(line).find()) return line;
    StringBuilder kept = new StringBuilder(line.length());
    int start = 0;
    while (start < line.length()) {
      int end = sentenceEnd(line, start);
      String sentence = line.substring(start, end);
      if (AGENT.matcher(sentence).find() && SITE_VERB.matcher(sentence).find()) {
        removed.add("site sentence: " + sentence.strip());
        // "更新时间:2025-11 来源:网友投稿": the row's date is still the page's
        ChromeLines.isMetadataLine(sentence.strip(), meta);
        // a 小编 sentence, a 前言/导语 preface ("本站为你精心整理了…讲话范文") or a shared file names the
        // document: issue 13 counts a site's sentence among the places a page puts its title
        String name = documentName(LABEL.matcher(sentence).replaceFirst(""));
        if (name != null) meta.putIfAbsent("siteTitle", name);
      } else {
        kept.append(sentence);
      }
      start = end;
    }
    return kept.toString().strip();
  }

  /** End (exclusive) of the sentence starting at {@code from}: after 。！？ or at the line end. */
  private static int sentenceEnd(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '。' || c == '！' || c == '？' || c == '!' || c == '?') return i + 1;
    }
    return s.length();
  }

  private static String documentName(String sentence) {
    Matcher q = QUOTED.matcher(sentence);
    Matcher n = NAMED.matcher(sentence);
    String named = n.find() ? n.group(1).strip() : null;
    if (q.find()) {
      // "整理的在贯彻实施《市养犬管理条例》推进会议上讲话": the book title is a part of the name, not the name
      if (named != null
          && named.contains(q.group())
          && hanCount(named.replace(q.group(), "")) >= MORE_THAN_QUOTED) {
        return named;
      }
      return q.group(1);
    }
    return named;
  }

  /** Han characters a name needs besides its book title to be more than the title. */
  private static final int MORE_THAN_QUOTED = 6;

  private static int hanCount(String s) {
    return (int) s.codePoints().filter(CharNormalizer::isCjk).count();
  }
}
