package speechsearch.search;

import java.util.ArrayList;
import java.util.List;

/**
 * The query language for people: words separated by spaces must all match, {@code "quoted phrase"}
 * (also “…”), {@code -word} excludes, {@code A OR B}, and parentheses. There are no regular
 * expressions, wildcards or fuzzy operators: their characters only separate words. Length, nesting
 * and clause counts are bounded.
 */
public final class QuerySyntax {
  public static final int MAX_LENGTH = 500;
  public static final int MAX_DEPTH = 8;
  public static final int MAX_CLAUSES = 32;

  /** A parsed query: a conjunction of clauses. */
  public sealed interface Node permits Word, Phrase, Not, Or, And {}

  /** A word: a Chinese run matches as a phrase over its tokens. */
  public record Word(String text) implements Node {}

  public record Phrase(String text) implements Node {}

  public record Not(Node node) implements Node {}

  public record Or(List<Node> alternatives) implements Node {}

  public record And(List<Node> clauses) implements Node {}

  private final String s;
  private int pos;
  private int clauses;

  private QuerySyntax(String s) {
    this.s = s;
  }

  /** Parses a query; an empty query gives an empty {@link And}. */
  public static And parse(String query) {
    if (query == null) return new And(List.of());
    if (query.length() > MAX_LENGTH) {
      throw new QueryException(
          "the query is longer than " + MAX_LENGTH + " characters", "检索词超过 " + MAX_LENGTH + " 字");
    }
    QuerySyntax p = new QuerySyntax(query);
    And and = p.conjunction(0);
    if (p.pos < p.s.length()) {
      throw new QueryException(
          "unbalanced parenthesis at position " + (p.pos + 1), "第 " + (p.pos + 1) + " 个字符处的括号不成对");
    }
    return and;
  }

  private And conjunction(int depth) {
    if (depth > MAX_DEPTH) {
      throw new QueryException(
          "the query nests parentheses deeper than " + MAX_DEPTH + " levels",
          "括号嵌套超过 " + MAX_DEPTH + " 层");
    }
    List<Node> clauses = new ArrayList<>();
    while (true) {
      skipSpace();
      if (pos >= s.length() || s.charAt(pos) == ')') break;
      Node n = disjunction(depth);
      if (n != null) clauses.add(n);
    }
    return new And(clauses);
  }

  private Node disjunction(int depth) {
    Node first = unary(depth);
    List<Node> alts = new ArrayList<>();
    if (first != null) alts.add(first);
    while (true) {
      int save = pos;
      skipSpace();
      if (s.startsWith("OR", pos) && (pos + 2 >= s.length() || isSpace(s.charAt(pos + 2)))) {
        pos += 2;
        skipSpace();
        Node next = unary(depth);
        if (next != null) alts.add(next);
      } else {
        pos = save;
        break;
      }
    }
    if (alts.isEmpty()) return null;
    return alts.size() == 1 ? alts.get(0) : new Or(alts);
  }

  private Node unary(int depth) {
    skipSpace();
    if (pos >= s.length()) return null;
    char c = s.charAt(pos);
    if (c == '-' && pos + 1 < s.length() && !isSpace(s.charAt(pos + 1))) {
      pos++;
      Node n = primary(depth);
      return n == null ? null : new Not(n);
    }
    return primary(depth);
  }

  private Node primary(int depth) {
    char c = s.charAt(pos);
    if (c == '(' || c == '（') {
      int open = pos;
      pos++;
      And inner = conjunction(depth + 1);
      if (pos >= s.length() || (s.charAt(pos) != ')' && s.charAt(pos) != '）')) {
        throw new QueryException(
            "unclosed parenthesis at position " + (open + 1), "第 " + (open + 1) + " 个字符处的括号没有闭合");
      }
      pos++;
      if (inner.clauses().isEmpty()) return null;
      return inner.clauses().size() == 1 ? inner.clauses().get(0) : inner;
    }
    if (c == '"' || c == '“') {
      char close = c == '"' ? '"' : '”';
      int open = pos;
      int end = s.indexOf(close, pos + 1);
      if (end < 0) {
        throw new QueryException(
            "unclosed quote at position " + (open + 1), "第 " + (open + 1) + " 个字符处的引号没有闭合");
      }
      String text = s.substring(pos + 1, end).strip();
      pos = end + 1;
      return text.isEmpty() ? null : count(new Phrase(text));
    }
    int start = pos;
    while (pos < s.length() && !isSpace(s.charAt(pos)) && "()（）\"“".indexOf(s.charAt(pos)) < 0)
      pos++;
    String word = clean(s.substring(start, pos));
    if (word.isEmpty() || word.equals("AND")) return null;
    return count(new Word(word));
  }

  private Node count(Node n) {
    if (++clauses > MAX_CLAUSES) {
      throw new QueryException(
          "the query has more than " + MAX_CLAUSES + " words or phrases",
          "检索词超过 " + MAX_CLAUSES + " 个词语或短语");
    }
    return n;
  }

  /** Operator characters of other query languages (wildcards, regex, fuzzy, fields) are dropped. */
  private static String clean(String w) {
    StringBuilder sb = new StringBuilder(w.length());
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if ("*?~^/\\:[]{}<>|!+&".indexOf(c) >= 0 || Character.isISOControl(c)) sb.append(' ');
      else sb.append(c);
    }
    return sb.toString().strip().replaceAll("\\s+", " ");
  }

  private void skipSpace() {
    while (pos < s.length() && isSpace(s.charAt(pos))) pos++;
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u3000' || c == ',' || c == '，' || c == '、';
  }
}
