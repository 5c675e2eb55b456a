package speechsearch.ingest.read;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Saved web pages to the text of their article. Government pages wrap a speech in menus, share
 * buttons, related links and copyright footers; those lines would otherwise be parsed as part of
 * the speech, so chrome is removed and the densest block of Chinese prose is kept.
 */
final class HtmlExtractor {
  private static final Pattern META_CHARSET =
      Pattern.compile("(?i)<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([a-z0-9_.:-]+)");
  private static final Pattern CHROME_NAME =
      Pattern.compile(
          "nav|menu|breadcrumb|footer|header|sidebar|share|comment|related|copyright|login"
              + "|(?:^|[\\s_-])ads?(?:$|[\\s_-])");
  private static final Set<String> DATE_META =
      Set.of(
          "publishdate",
          "pubdate",
          "publish_date",
          "publishtime",
          "article:published_time",
          "dc.date",
          "dc.date.issued",
          "dcterms.issued",
          "firstpublishedtime",
          "releasedate");
  private static final Set<String> PARAGRAPHS =
      Set.of("p", "li", "pre", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "dd", "dt");

  private HtmlExtractor() {}

  static RawDocument extract(Path file, byte[] bytes) throws UnreadableFileException {
    TextDecoding.Decoded decoded = decode(file, bytes);
    Document doc = Jsoup.parse(decoded.text());
    Map<String, String> metadata = new LinkedHashMap<>();
    String title = doc.title().strip();
    if (!title.isEmpty()) metadata.put("htmlTitle", title);
    String date = publishDate(doc);
    if (date != null) metadata.put("date", date);

    Element body = doc.body();
    // Never text, whatever the guard below says.
    body.select("script, style, noscript, iframe, template, svg").remove();
    removeChrome(body);
    String text = String.join("\n", lines(mainContent(body)));
    return new RawDocument(file, "html", decoded.charset().name(), text, metadata);
  }

  /**
   * A BOM wins; then strict UTF-8, because a page that is valid UTF-8 is UTF-8 whatever its meta
   * tag claims; then the declared charset; then GB18030.
   */
  private static TextDecoding.Decoded decode(Path file, byte[] bytes)
      throws UnreadableFileException {
    if (TextDecoding.charsetFromBom(bytes) != null) return TextDecoding.decode(file, bytes);
    if (TextDecoding.tryDecode(bytes, StandardCharsets.UTF_8) == null) {
      Charset declared = declaredCharset(bytes);
      String text = declared == null ? null : TextDecoding.tryDecode(bytes, declared);
      if (text != null) {
        return TextDecoding.checked(file, new TextDecoding.Decoded(declared, text));
      }
    }
    return TextDecoding.decode(file, bytes);
  }

  private static Charset declaredCharset(byte[] bytes) {
    // Meta tags are ASCII, so a Latin-1 view of the head finds them in any ASCII-compatible page.
    String head = new String(bytes, 0, Math.min(bytes.length, 8192), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    if (!m.find()) return null;
    String name = m.group(1).toLowerCase(Locale.ROOT);
    // Pages labelled GB2312 or GBK routinely contain characters only their superset has.
    if (name.startsWith("gb") || name.equals("x-gbk")) return TextDecoding.GB18030;
    try {
      Charset charset = Charset.forName(name);
      // A page in UTF-16 without a BOM cannot have declared so in ASCII; the label is wrong.
      return charset.name().startsWith("UTF-16") ? null : charset;
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null; // an unknown label is no evidence; detection decides
    }
  }

  private static String publishDate(Document doc) {
    for (Element meta : doc.select("meta[content]")) {
      for (String attr : List.of("name", "property", "itemprop", "http-equiv")) {
        String key = meta.attr(attr).strip().toLowerCase(Locale.ROOT);
        String value = meta.attr("content").strip();
        if (DATE_META.contains(key) && !value.isEmpty()) return value;
      }
    }
    return null;
  }

  /**
   * Drops navigation by tag and by class or id, except an element holding most of the page's prose:
   * ASP.NET pages wrap everything in a form and some templates put the article in a "header-wrap".
   */
  private static void removeChrome(Element body) {
    double total = weight(body.text());
    for (Element e : body.getAllElements()) {
      if (e == body || e.parent() == null)
        continue; // parent null: already removed with an ancestor
      String tag = e.normalName();
      boolean chromeTag = Set.of("nav", "header", "footer", "aside", "form").contains(tag);
      String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
      if ((chromeTag || CHROME_NAME.matcher(names).find()) && weight(e.text()) <= total / 2) {
        e.remove();
      }
    }
  }

  /**
   * The element with the most prose directly in it: each text node credits the container it sits in
   * (a paragraph credits the paragraph's container), half of that goes to the next container up,
   * and link-dense elements, which are lists of headlines, are scaled down.
   */
  static Element mainContent(Element body) {
    Map<Element, Double> scores = new IdentityHashMap<>();
    for (Element e : body.getAllElements()) {
      double own = 0;
      for (TextNode t : e.textNodes()) own += weight(t.text());
      if (own == 0 || e.closest("a") != null) continue;
      Element container = e;
      while (container != body && !container.isBlock()) container = container.parent();
      if (container != body && PARAGRAPHS.contains(container.normalName())) {
        container = container.parent();
      }
      credit(scores, container, own);
    }
    Element best = body;
    double bestScore = 0;
    for (Map.Entry<Element, Double> entry : scores.entrySet()) {
      Element e = entry.getKey();
      double all = weight(e.text());
      double links = 0;
      for (Element a : e.select("a")) links += weight(a.text());
      double score = entry.getValue() * (all == 0 ? 0 : 1 - links / all);
      if (score > bestScore) {
        best = e;
        bestScore = score;
      }
    }
    return best;
  }

  private static void credit(Map<Element, Double> scores, Element container, double amount) {
    scores.merge(container, amount, Double::sum);
    Element parent = container.parent();
    if (parent != null && !parent.normalName().equals("html")) {
      scores.merge(parent, amount / 2, Double::sum);
    }
  }

  /** Chinese characters count fully; a Latin word of about five letters counts as one. */
  static double weight(String text) {
    double w = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) w += 1;
      else if (Character.isLetterOrDigit(cp)) w += 0.2;
      i += Character.charCount(cp);
    }
    return w;
  }

  /** One line per paragraph, block element or {@code <br>}; blank lines are layout, not text. */
  static List<String> lines(Element root) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
              boolean pre = t.parent() instanceof Element p && p.closest("pre") != null;
              line.append(pre ? t.getWholeText() : t.text());
            } else if (node instanceof Element e && (e.isBlock() || e.nameIs("br"))) {
              flush(line, lines);
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e && e.isBlock()) flush(line, lines);
          }
        },
        root);
    flush(line, lines);
    return lines;
  }

  private static void flush(StringBuilder line, List<String> lines) {
    for (String piece : line.toString().split("\n", -1)) {
      // Only layout whitespace is trimmed; an ideographic space is typed text and stays.
      String s = piece.replaceAll("^[ \\t\\r\\u00A0]+|[ \\t\\r\\u00A0]+$", "");
      if (!s.isEmpty()) lines.add(s);
    }
    line.setLength(0);
  }
}
