package speechsearch.ingest.parse;

/**
 * Positions in a cleaned body, whose paragraphs are separated by single newlines: where a paragraph
 * starts, where the k-th paragraph from a position ends, and which paragraphs turn to the audience.
 * The parser measures lists and cuts units with these.
 */
final class Paragraphs {
  private Paragraphs() {}

  /** The start of the paragraph that holds {@code pos}. */
  static int startOf(String body, int pos) {
    return pos <= 0 ? 0 : body.lastIndexOf('\n', pos - 1) + 1;
  }

  /** Whether {@code pos} is the first character of a paragraph. */
  static boolean isStart(String body, int pos) {
    return pos == 0 || body.charAt(pos - 1) == '\n';
  }

  /**
   * The start of the paragraph after the {@code k}-th paragraph counted from the one that holds
   * {@code pos} (k = 1: the next paragraph), or the body's length.
   */
  static int after(String body, int pos, int k) {
    int p = pos;
    for (int i = 0; i < k; i++) {
      int nl = body.indexOf('\n', p);
      if (nl < 0) return body.length();
      p = nl + 1;
    }
    return p;
  }

  /** How many paragraph breaks lie between {@code from} and {@code to}. */
  static int breaks(String body, int from, int to) {
    int count = 0;
    for (int p = body.indexOf('\n', from); p >= 0 && p < to; p = body.indexOf('\n', p + 1)) {
      count++;
    }
    return count;
  }

  /**
   * The first paragraph in [from, to) that turns to the audience (同志们, 各位代表, 谢谢): a speech changes
   * subject there. Returns {@code to} when there is none.
   */
  static int addressAt(String body, int from, int to) {
    int p = isStart(body, from) ? from : after(body, from, 1);
    while (p < to) {
      if (isAddress(body, p)) return p;
      p = after(body, p, 1);
    }
    return to;
  }

  static boolean isAddress(String body, int p) {
    return body.startsWith("同志们", p) || body.startsWith("各位代表", p) || body.startsWith("谢谢", p);
  }
}
