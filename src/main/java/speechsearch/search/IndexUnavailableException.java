package speechsearch.search;

/**
 * The index cannot answer: its live generation is damaged, or could not be opened. The message
 * names the generation and says what to run; the server answers it as a 503.
 */
public final class IndexUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String generation;

  IndexUnavailableException(String generation, String message) {
    super(message);
    this.generation = generation;
  }

  /** The generation's folder name, or null when none could be opened at all. */
  public String generation() {
    return generation;
  }

  /**
   * A message for clients of the API: file and folder names instead of this machine's paths (the
   * log keeps the paths).
   */
  static String withoutPaths(String message) {
    return message.replaceAll("(?:/[^/\\s\"'()]+)+/([^/\\s\"'()]+)", "$1");
  }
}
