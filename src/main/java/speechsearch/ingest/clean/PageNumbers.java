package speechsearch.ingest.clean;

import java.util.ArrayList;
import java.util.List;
import speechsearch.ingest.text.CharNormalizer;

/**
 * Page numbers that a converter ran into the words of the text ("进一步增加争创全国文明城市2的责任感", "现实意3义"): a
 * bare number before a Han character (after another, a clause's end or at a line's start), with no
 * unit after it and no 第 before it, is such a number only when the numbers of several places count
 * up one by one through the text (2, then 3, …). A number in a sentence ("实行5个10大项目") is not part
 * of such a run and stays.
 */
final class PageNumbers {
  /** Characters after a number that make it a quantity, not a page number. */
  private static final String UNITS = "年月日时分秒个名人次项条家所座户件元万亿千百岁号届期批台辆套天周位份篇章节亩吨米度倍股层级类种点成小公平毫微兆立";

  /** Characters before a number that make it an ordinal or an amount. */
  private static final String BEFORE = "第前后近约共这那每计达超逾余有至";

  /**
   * Punctuation a page number may follow ("…后劲也就越足。2目前", "意义重大,3影响深远"), besides a Han character or
   * the line's start ("1市长在…会讲话").
   */
  private static final String CLAUSE_END = "。，,；;：:！!？?、";

  private record Candidate(int line, int start, int end, int value) {}

  /** Fewer characters than any page of a document site holds. */
  private static final int MIN_PAGE = 150;

  /** More characters than any page holds: page N is numbered within N times this from the start. */
  private static final int MAX_PAGE = 5000;

  private PageNumbers() {}

  static List<String> strip(List<String> lines, List<String> removed) {
    List<Candidate> found = new ArrayList<>();
    int[] lineStarts = new int[lines.size()];
    int offset = 0;
    for (int i = 0; i < lines.size(); i++) {
      lineStarts[i] = offset;
      offset += lines.get(i).length() + 1;
      collect(lines.get(i), i, found);
    }
    if (found.size() < 2) return lines;
    List<Candidate> chain = longestChain(found, lineStarts);
    if (chain.size() < 2) return lines;
    List<String> out = new ArrayList<>(lines);
    // remove from the end of each line so earlier offsets stay valid
    for (int k = chain.size() - 1; k >= 0; k--) {
      Candidate c = chain.get(k);
      String l = out.get(c.line());
      out.set(c.line(), l.substring(0, c.start()) + l.substring(c.end()));
      removed.add("page number: " + c.value() + " in «" + PageDamage.abbreviate(l) + "»");
    }
    return out;
  }

  private static void collect(String l, int line, List<Candidate> out) {
    int n = l.length();
    for (int i = 0; i < n; i++) {
      char c = l.charAt(i);
      if (c < '0' || c > '9') continue;
      int j = i;
      while (j < n && Character.isDigit(l.charAt(j))) j++;
      int len = j - i;
      if (i == 0 && j < n && len >= 5 && len <= 7 && l.charAt(j) == '年') {
        // "12023年…" at the start of a line: the page number before a year
        int year = Integer.parseInt(l.substring(j - 4, j));
        if (year >= 1949 && year <= 2099) {
          out.add(new Candidate(line, 0, len - 4, Integer.parseInt(l.substring(0, len - 4))));
        }
      } else if (len <= 3
          && j < n
          && (i == 0
              || CharNormalizer.isCjk(l.charAt(i - 1))
              || CLAUSE_END.indexOf(l.charAt(i - 1)) >= 0)
          && CharNormalizer.isCjk(l.charAt(j))
          && (i == 0 || BEFORE.indexOf(l.charAt(i - 1)) < 0)
          && UNITS.indexOf(l.charAt(j)) < 0) {
        out.add(new Candidate(line, i, j, Integer.parseInt(l.substring(i, j))));
      }
      i = j - 1;
    }
  }

  /**
   * The longest run of candidates whose values count up by one, in text order, each at least a
   * page's worth of text after the one before: "从1到2" is two numbers, not two pages.
   */
  private static List<Candidate> longestChain(List<Candidate> found, int[] lineStarts) {
    List<Candidate> best = List.of();
    for (int s = 0; s < found.size(); s++) {
      Candidate first = found.get(s);
      if (first.value() < 1 || first.value() > 3) continue;
      if (offset(first, lineStarts) > first.value() * MAX_PAGE) continue;
      List<Candidate> chain = new ArrayList<>();
      chain.add(first);
      int want = first.value() + 1;
      int at = offset(first, lineStarts);
      for (int k = s + 1; k < found.size(); k++) {
        Candidate c = found.get(k);
        int o = offset(c, lineStarts);
        if (o > want * MAX_PAGE) break;
        if (c.value() == want && o - at >= MIN_PAGE) {
          chain.add(c);
          at = offset(c, lineStarts);
          want++;
        }
      }
      if (chain.size() > best.size()) best = chain;
    }
    return best;
  }

  private static int offset(Candidate c, int[] lineStarts) {
    return lineStarts[c.line()] + c.start();
  }
}
