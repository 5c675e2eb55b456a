package speechsearch.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Index-time glossary rejoin: a run of tokens that spells a glossary term (双 减) becomes the one
 * token 双减, longest match first. The same result as a synonym map of rejoin rules followed by a
 * graph flattener, at a fraction of the cost: rejoining never makes a graph, so nothing needs
 * flattening, and a token that starts no term passes straight through.
 */
final class RejoinFilter extends TokenFilter {

  /** A trie of token sequences; a node that ends a term knows the joined text. */
  static final class Rules {
    final Map<String, Rules> next = new HashMap<>();
    String joined;
    int depth;

    void add(List<String> tokens, String term) {
      Rules node = this;
      for (String t : tokens) node = node.next.computeIfAbsent(t, k -> new Rules());
      node.joined = term;
      depth = Math.max(depth, tokens.size());
    }

    boolean isEmpty() {
      return next.isEmpty();
    }
  }

  private record Token(String term, int start, int end, int posInc, String type) {}

  private final Rules rules;
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute posIncAtt =
      addAttribute(PositionIncrementAttribute.class);
  private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
  private final List<Token> pending = new ArrayList<>();
  // the tokens that can start a term, looked up in the term buffer without making a String
  private final CharArraySet firsts;
  private boolean exhausted;

  RejoinFilter(TokenStream in, Rules rules) {
    super(in);
    this.rules = rules;
    this.firsts = new CharArraySet(rules.next.keySet(), false);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (pending.isEmpty()) {
      if (exhausted || !input.incrementToken()) {
        exhausted = true;
        return false;
      }
      if (!firsts.contains(termAtt.buffer(), 0, termAtt.length())) {
        return true; // the common case: pass through
      }
      pending.add(capture());
    }
    // the first pending token may start a term: read ahead as far as the trie goes
    Rules node = rules.next.get(pending.get(0).term());
    int matched = node != null && node.joined != null ? 1 : 0;
    String joined = matched == 1 ? node.joined : null;
    int i = 1;
    while (node != null && i < rules.depth) {
      if (i >= pending.size()) {
        if (exhausted || !input.incrementToken()) {
          exhausted = true;
          break;
        }
        pending.add(capture());
      }
      node = node.next.get(pending.get(i).term());
      i++;
      if (node != null && node.joined != null) {
        matched = i;
        joined = node.joined;
      }
    }
    Token first = pending.get(0);
    clearAttributes();
    if (matched > 1) {
      Token last = pending.get(matched - 1);
      termAtt.setEmpty().append(joined);
      offsetAtt.setOffset(first.start(), last.end());
      // as Lucene's synonym filter does for a rule's output: the gap before the term is not kept,
      // and query analysis (which runs that filter) must see the same positions
      posIncAtt.setPositionIncrement(1);
      typeAtt.setType(first.type());
      pending.subList(0, matched).clear();
    } else {
      termAtt.setEmpty().append(first.term());
      offsetAtt.setOffset(first.start(), first.end());
      posIncAtt.setPositionIncrement(first.posInc());
      typeAtt.setType(first.type());
      pending.remove(0);
    }
    return true;
  }

  private Token capture() {
    return new Token(
        termAtt.toString(),
        offsetAtt.startOffset(),
        offsetAtt.endOffset(),
        posIncAtt.getPositionIncrement(),
        typeAtt.type());
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending.clear();
    exhausted = false;
  }
}
