package speechsearch.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Access to ../shared (corpus, seeds, eval kit) for corpus-wide tests, which skip without it. */
public final class Shared {
  private Shared() {}

  public static Path dir() {
    return Path.of(System.getProperty("shared.dir", "../shared")).toAbsolutePath().normalize();
  }

  /** The named folder of ../shared, or a skipped test with the reason printed. */
  public static Path require(String sub) {
    Path p = dir().resolve(sub);
    if (!Files.isDirectory(p)) {
      String reason = "skipped: " + p + " is absent (corpus-wide checks need ../shared)";
      System.out.println(reason);
      Assumptions.abort(reason);
    }
    return p;
  }
}
