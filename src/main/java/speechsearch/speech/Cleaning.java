package speechsearch.speech;

/**
 * How much of a file's text cleaning removed: the share of its letters and digits (0 to 1), the
 * rule that removed the most of them, and where that rule began (the first line it removed,
 * shortened). A large share means the speech is only part of the file: a page tail cut early, or
 * several texts joined in one file. Null in speeches parsed before it was recorded.
 *
 * @param dropped share of the file's letters and digits that cleaning removed
 * @param rule the rule that removed the most: {@code page-tail}, {@code chrome-line}, {@code
 *     navigation-line}, {@code metadata-line}, {@code truncation-notice}, {@code outline}, {@code
 *     repeated-title}, {@code page-damage}, {@code site-sentence} or {@code preview}; null when
 *     nothing was removed
 * @param from the first line that rule removed, at most 40 characters; null when nothing was
 */
public record Cleaning(double dropped, String rule, String from) {
  public static final Cleaning NONE = new Cleaning(0, null, null);

  /**
   * Above this share a reindex, an add and a parse report the file. The most cleaning removed from
   * any corpus file, seed or page of the real-pages half A is 18% (a table of contents); half B,
   * measured after the choice, has one page of 118 above it (31%: a truncation notice in a short
   * page beginning). A file of several joined speeches loses over 80%.
   */
  public static final double REPORTED = 0.3;

  /** Whether cleaning removed enough of the file that a report names it. */
  public boolean reported() {
    return dropped > REPORTED;
  }

  /** The rule in words, for a report. */
  public String ruleInWords() {
    if (rule == null) return "none";
    return switch (rule) {
      case "page-tail" -> "the page-tail rule (all that follows a line such as 相关文章, 上一篇, 预览结束)";
      case "chrome-line" -> "the site-chrome rule (short lines of site furniture)";
      case "navigation-line" -> "the navigation rule (rows of short link words)";
      case "metadata-line" -> "the page-metadata rule (发布时间 lines)";
      case "truncation-notice" -> "the truncation-notice rule (省略N字, 未完, 展开阅读全文)";
      case "outline" -> "the outline rule (a table of contents the body repeats)";
      case "repeated-title" -> "the repeated-title rule (title lines the body repeats)";
      case "page-damage" ->
          "the page-damage rule (pinyin, doubled runs, page numbers, footers, noise)";
      case "site-sentence" -> "the site-sentence rule (小编为大家整理的…, 前言 and 导语 of the site)";
      case "preview" -> "the preview rule (a summary the text after it repeats)";
      default -> "the " + rule + " rule";
    };
  }
}
