package speechsearch.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import speechsearch.index.Schema;

/**
 * Highlighted snippets cut at Chinese sentence breaks: matches wrapped in {@code <mark>}, all other
 * text HTML-escaped. The stored text is re-analysed with the index analyzer, so offsets are exact
 * on full-width punctuation; a hit found only through bigrams is highlighted by them.
 */
final class Snippets {
  static final int SNIPPET_CHARS = 120;
  private static final String OPEN = "<mark>";

  private final UnifiedHighlighter highlighter;

  Snippets(Analyzer indexAnalyzer) {
    this.highlighter =
        UnifiedHighlighter.builderWithoutSearcher(indexAnalyzer)
            .withFormatter(new DefaultPassageFormatter(OPEN, "</mark>", "…", true))
            .withBreakIterator(
                () ->
                    LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.CHINA), SNIPPET_CHARS, 0.5f))
            .withMaxLength(100_000)
            .build();
  }

  String snippet(Query query, String text) throws IOException {
    if (text == null || text.isEmpty()) return "";
    Object words = highlighter.highlightWithoutSearcher(Schema.TEXT, query, text, 2);
    if (words != null && words.toString().contains(OPEN)) return words.toString();
    Object grams = highlighter.highlightWithoutSearcher(Schema.TEXT_BIGRAM, query, text, 2);
    if (grams != null && grams.toString().contains(OPEN)) return grams.toString();
    return escape(
        text.length() <= SNIPPET_CHARS * 2 ? text : text.substring(0, SNIPPET_CHARS * 2) + "…");
  }

  String heading(Query query, String heading) throws IOException {
    if (heading == null || heading.isEmpty()) return "";
    Object h = highlighter.highlightWithoutSearcher(Schema.HEADING, query, heading, 1);
    return h != null && h.toString().contains(OPEN) ? h.toString() : escape(heading);
  }

  static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#x27;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
