package speechsearch.cli;

/** Snippet HTML for a terminal: marks become 【】, entities are decoded. */
final class Terminal {
  private Terminal() {}

  static String marks(String html) {
    return html.replace("<mark>", "【")
        .replace("</mark>", "】")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&amp;", "&");
  }
}
