package speechsearch.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
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

  /**
   * Above this many query terms, matches are marked term by term rather than phrase by phrase. The
   * strict way checks every phrase of the query against each hit's text, which for the largest
   * queries the language allows (32 words with synonyms, each a phrase in several fields) took over
   * a second per hit; everyday queries stay far below.
   */
  static final int STRICT_PHRASES_UP_TO = 1_000;

  private final Query query;
  private final UnifiedHighlighter highlighter;

  /** Snippets for the hits of one query: phrases marked strictly unless the query is very large. */
  Snippets(Analyzer indexAnalyzer, Query query) {
    this.query = query;
    this.highlighter = highlighter(indexAnalyzer, terms(query) <= STRICT_PHRASES_UP_TO);
  }

  private static UnifiedHighlighter highlighter(Analyzer analyzer, boolean phrasesStrictly) {
    return UnifiedHighlighter.builderWithoutSearcher(analyzer)
        .withFormatter(new DefaultPassageFormatter(OPEN, "</mark>", "…", true))
        .withBreakIterator(
            () ->
                LengthGoalBreakIterator.createClosestToLength(
                    BreakIterator.getSentenceInstance(Locale.CHINA), SNIPPET_CHARS, 0.5f))
        .withMaxLength(100_000)
        .withHighlightPhrasesStrictly(phrasesStrictly)
        .build();
  }

  /** How many terms a query holds, counted through every clause. */
  static int terms(Query query) {
    int[] n = {0};
    query.visit(
        new QueryVisitor() {
          @Override
          public void consumeTerms(Query q, Term... terms) {
            n[0] += terms.length;
          }

          @Override
          public void visitLeaf(Query q) {
            n[0]++;
          }

          @Override
          public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            return this;
          }
        });
    return n[0];
  }

  String snippet(String text) throws IOException {
    if (text == null || text.isEmpty()) return "";
    Object words = highlighter.highlightWithoutSearcher(Schema.TEXT, query, text, 2);
    if (words != null && words.toString().contains(OPEN)) return words.toString();
    Object grams = highlighter.highlightWithoutSearcher(Schema.TEXT_BIGRAM, query, text, 2);
    if (grams != null && grams.toString().contains(OPEN)) return grams.toString();
    return escape(
        text.length() <= SNIPPET_CHARS * 2 ? text : text.substring(0, SNIPPET_CHARS * 2) + "…");
  }

  String heading(String heading) throws IOException {
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
