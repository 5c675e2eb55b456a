package speechsearch.index;

import java.io.IOException;
import java.nio.file.Path;

/** Another writer (reindex, add, remove, rollback or recover) holds the lock of an index root. */
public final class IndexBusyException extends IOException {
  private static final long serialVersionUID = 1L;

  IndexBusyException(Path root) {
    super(
        "another reindex, add, remove, rollback or recover is running on "
            + root
            + "; try again when it has finished");
  }
}
