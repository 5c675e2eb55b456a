package speechsearch.ingest.read;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
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

  /**
   * Why a file could not be read, in words a user can act on and without the file's name (a report
   * puts the name beside it): "no such file" rather than the bare path a {@link
   * NoSuchFileException} carries.
   */
  public static String describe(Throwable e) {
    if (e instanceof UnreadableFileException u) return u.reason();
    if (e instanceof NoSuchFileException) return "no such file";
    if (e instanceof AccessDeniedException) return "not readable: permission denied";
    if (e instanceof FileSystemException f && f.getReason() != null) return f.getReason();
    String m = e.getMessage();
    String kind = e.getClass().getSimpleName();
    if (m == null || m.isBlank()) return kind;
    return e instanceof IOException ? m : kind + ": " + m;
  }
}
