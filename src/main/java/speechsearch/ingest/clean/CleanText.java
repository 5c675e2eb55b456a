package speechsearch.ingest.clean;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import speechsearch.speech.Cleaning;

/**
 * A speech file after cleaning.
 *
 * @param headLines lines above the body that survived chrome removal: title, subtitle, date and
 *     speaker lines live here
 * @param body the body paragraphs, in order
 * @param truncated whether the page said that text was left out (省略N字, 未完, 展开阅读全文 …)
 * @param pageMetadata values the page itself labelled, e.g. {@code date} from 发表时间/上传时间, and {@code
 *     siteTitle}, the document a site's own sentence names ("小编为大家整理的…"), {@code fieldTitle} and
 *     {@code fieldPublisher}, the 名称 and 发布机构 of an open-information page's table of fields, and
 *     {@code captionTitle}, the name a document viewer's page captions give ("标题_第1页")
 * @param removed what cleaning took out, one entry each ("chrome: 返回 下载", "page number: 2 in «…»"),
 *     for {@code parse --debug-clean}: chrome, notices, site sentences, damage, repeated titles
 * @param cleaning how much of the text cleaning removed, and by which rule
 * @param gaps indices of the body paragraphs that follow text the page left out (省略N字, 此处隐藏N字): the
 *     speech goes on there from a later point, under a part the reader was not shown
 */
public record CleanText(
    List<String> headLines,
    List<String> body,
    boolean truncated,
    Map<String, String> pageMetadata,
    Cleaning cleaning,
    List<String> removed,
    Set<Integer> gaps) {

  public CleanText {
    gaps = Set.copyOf(gaps);
    headLines = List.copyOf(headLines);
    body = List.copyOf(body);
    pageMetadata = Map.copyOf(pageMetadata);
    removed = List.copyOf(removed);
  }

  /** Where in {@link #bodyText} each paragraph after a left-out stretch starts. */
  public Set<Integer> gapOffsets() {
    Set<Integer> out = new HashSet<>();
    int at = 0;
    for (int i = 0; i < body.size(); i++) {
      if (gaps.contains(i)) out.add(at);
      at += body.get(i).length() + 1;
    }
    return out;
  }

  /** The body as one string, paragraphs separated by newlines. */
  public String bodyText() {
    return String.join("\n", body);
  }
}
