package speechsearch.index;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Short ids that tie a message someone was shown (a skipped file, a failed job, a 500 answer, a
 * failed command) to the one log entry with its stack trace.
 */
public final class ErrorIds {
  private static final SecureRandom RANDOM = new SecureRandom();

  private ErrorIds() {}

  /** A new id: eight hex digits. */
  public static String next() {
    byte[] b = new byte[4];
    RANDOM.nextBytes(b);
    return HexFormat.of().formatHex(b);
  }
}
