package speechsearch.cli;

import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import speechsearch.ingest.UnreadableFileException;

/** One readable line for an exception: what went wrong, never a stack trace. */
final class Errors {
  private Errors() {}

  static String describe(Throwable e) {
    if (e instanceof UnreadableFileException u) return u.reason();
    if (e instanceof NoSuchFileException) return "no such file";
    if (e instanceof AccessDeniedException) return "not readable: permission denied";
    String m = e.getMessage();
    if (e instanceof java.io.IOException && m != null && !m.isBlank()) return m;
    String kind = e.getClass().getSimpleName();
    return m == null || m.isBlank() ? kind : kind + ": " + m;
  }
}
