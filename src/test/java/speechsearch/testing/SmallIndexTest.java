package speechsearch.testing;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** Tests that read the {@link SmallIndex}: built once per test class, closed after it. */
public abstract class SmallIndexTest {
  @TempDir protected static Path smallIndexDir;
  protected static SmallIndex index;

  @BeforeAll
  static void buildSmallIndex() throws IOException {
    index = SmallIndex.build(smallIndexDir);
  }

  @AfterAll
  static void closeSmallIndex() throws IOException {
    index.close();
  }
}
