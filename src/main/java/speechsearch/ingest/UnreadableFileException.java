package speechsearch.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A file whose content cannot be turned into text: wrong encoding, unsupported type, corrupt
 * container, too large, not readable. Ingest reports it against the file and goes on with the next
 * one, so the message always names the file and says why in words a user can act on.
 */
public final class UnreadableFileException extends IOException {
  private final transient Path file;
  private final String reason;

  public UnreadableFileException(Path file, String reason) {
    this(file, reason, null);
  }

  public UnreadableFileException(Path file, String reason, Throwable cause) {
    super(Objects.requireNonNull(file, "file") + ": " + Objects.requireNonNull(reason), cause);
    this.file = file;
    this.reason = reason;
  }

  /** The file that could not be read. */
  public Path file() {
    return file;
  }

  /** Why, without the file name, e.g. {@code "not valid UTF-8, UTF-16 or GB18030"}. */
  public String reason() {
    return reason;
  }
}
