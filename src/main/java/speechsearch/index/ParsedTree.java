package speechsearch.index;

import java.io.Closeable;
import java.io.IOException;
import speechsearch.ingest.SpeechJson;
import speechsearch.speech.Speech;

/**
 * Where a parsed tree waits until it is indexed: in memory ({@link Held}: {@code add}, which
 * indexes one file at a time), or in a reindex's {@link SpillFile}, so that a reindex holds the
 * facts of all its speeches but the tree of only the few being parsed or indexed.
 */
interface ParsedTree {
  /** The tree and its compact speech JSON, the JSON the index stores. */
  Loaded read() throws IOException;

  record Loaded(Speech speech, String json) {}

  /** A tree kept in memory. */
  record Held(Speech speech) implements ParsedTree {
    @Override
    public Loaded read() {
      return new Loaded(speech, SpeechJson.compact(speech));
    }
  }

  /** Where a reindex puts the trees it parses. Thread-safe; closing it drops what it holds. */
  interface Store extends Closeable {
    ParsedTree put(Speech s) throws IOException;
  }
}
