package speechsearch.index;

/**
 * How a reindex treats what it cannot read and what it did not build.
 *
 * @param maxShrink the share of the live generation's speeches a run may lose (0.2: a run that
 *     would leave fewer than 80% of them fails, and nothing changes)
 * @param allowShrink no limit on the loss
 * @param followLinks follow symbolic links that lead out of a source folder
 * @param dropAdded leave out the speeches added with {@code add} from outside the sources
 */
public record ReindexOptions(
    double maxShrink, boolean allowShrink, boolean followLinks, boolean dropAdded) {
  public static final double DEFAULT_MAX_SHRINK = 0.2;
  public static final ReindexOptions DEFAULTS =
      new ReindexOptions(DEFAULT_MAX_SHRINK, false, false, false);
}
