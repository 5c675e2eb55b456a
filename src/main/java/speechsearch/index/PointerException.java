package speechsearch.index;

import java.io.IOException;

/**
 * CURRENT is missing while generations exist, or garbled, or names a folder that is not there: the
 * message says how to recover. Nothing was changed.
 */
public final class PointerException extends IOException {
  private static final long serialVersionUID = 1L;

  PointerException(String message) {
    super(message);
  }
}
