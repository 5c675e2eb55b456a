package speechsearch.cli;

import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import speechsearch.index.ErrorIds;
import speechsearch.ingest.read.UnreadableFileException;
import speechsearch.search.QueryException;

/** One readable line for an exception: what went wrong, never a stack trace. */
final class Errors {
  private static final Logger LOG = LoggerFactory.getLogger(Errors.class);

  private Errors() {}

  static String describe(Throwable e) {
    if (e instanceof UnreadableFileException u) return u.reason();
    if (e instanceof NoSuchFileException) return "no such file";
    if (e instanceof AccessDeniedException) return "not readable: permission denied";
    String m = e.getMessage();
    if (e instanceof java.io.IOException && m != null && !m.isBlank()) return m;
    if (e instanceof QueryException && m != null) return m;
    String kind = e.getClass().getSimpleName();
    return m == null || m.isBlank() ? kind : kind + ": " + m;
  }

  /**
   * The line for a command that failed. A failure the message explains (a file, a folder, a query)
   * is that message; anything else is a fault of the program, logged once with its stack trace
   * under an error id that the line names.
   */
  static String report(String command, Throwable e) {
    boolean explained =
        e instanceof QueryException
            || (e instanceof java.io.IOException
                && e.getMessage() != null
                && !e.getMessage().isBlank());
    if (explained) return describe(e);
    String id = ErrorIds.next();
    LOG.error("error {}: {} failed", id, command, e);
    return describe(e) + " (error id " + id + ", stack trace in the log)";
  }
}
