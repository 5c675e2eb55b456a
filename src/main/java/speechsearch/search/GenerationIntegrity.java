package speechsearch.search;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether an open generation's files passed their checksums: unknown until checked, checked once (a
 * full read of its files), and a damage found is kept so that the generation answers no more
 * searches ({@link IndexHandle#acquire}).
 */
final class GenerationIntegrity {
  private static final Logger LOG = LoggerFactory.getLogger(GenerationIntegrity.class);

  private boolean checked;
  volatile String damage;

  /** Checks once; returns the damage found, or null. Concurrent callers wait for one check. */
  synchronized String check(IndexHandle.Generation g) {
    if (checked) return damage;
    try {
      for (LeafReaderContext leaf : g.reader.leaves()) leaf.reader().checkIntegrity();
    } catch (IOException | RuntimeException e) {
      LOG.error("index generation {} is damaged: {}", g.name, IndexHandle.describe(e), e);
      damage = IndexUnavailableException.withoutPaths(IndexHandle.describe(e));
    }
    checked = true;
    return damage;
  }
}
