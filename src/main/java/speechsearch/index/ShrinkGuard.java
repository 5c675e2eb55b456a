package speechsearch.index;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A reindex that would make the live index lose more than a set share of its speeches fails before
 * anything changes: a source folder that vanished, a mount that is not there, a glob that matched
 * the wrong folder all look like this, and the live index is worth more than the run.
 */
public final class ShrinkGuard {
  private ShrinkGuard() {}

  static void check(
      GenerationInfo live,
      Optional<Path> liveDir,
      int speeches,
      ReindexOptions options,
      List<ReindexReport.Skipped> skipped,
      List<ReindexReport.Added> added)
      throws ShrinkException {
    if (live == null || options.allowShrink() || live.speeches() == 0) return;
    // speeches dropped on request (--drop-added) are not a loss the guard is for
    long dropped = added.stream().filter(a -> a.outcome().startsWith(AddedPlan.DROPPED)).count();
    int lost = (int) (live.speeches() - dropped - speeches);
    double share = lost / (double) live.speeches();
    if (lost <= 0 || share <= options.maxShrink()) return;
    String message =
        String.format(
            Locale.ROOT,
            "the new generation would hold %d speeches where the live %s holds %d: %d fewer"
                + " (%.0f%%), more than the %.0f%% a run may lose. Nothing was changed; %d files"
                + " were skipped (see the list). If the loss is intended, run again with"
                + " --allow-shrink (admin route: \"allowShrink\": true)",
            speeches,
            liveDir.map(p -> p.getFileName().toString()).orElse("generation"),
            live.speeches(),
            lost,
            share * 100,
            options.maxShrink() * 100,
            skipped.size());
    throw new ShrinkException(message, skipped, added);
  }

  /** The run would have lost too much; what it skipped says why. */
  public static final class ShrinkException extends java.io.IOException {
    private static final long serialVersionUID = 1L;
    private final transient List<ReindexReport.Skipped> skipped;
    private final transient List<ReindexReport.Added> added;

    ShrinkException(
        String message, List<ReindexReport.Skipped> skipped, List<ReindexReport.Added> added) {
      super(message);
      this.skipped = List.copyOf(skipped);
      this.added = List.copyOf(added);
    }

    public List<ReindexReport.Skipped> skipped() {
      return skipped;
    }

    public List<ReindexReport.Added> added() {
      return added;
    }
  }
}
