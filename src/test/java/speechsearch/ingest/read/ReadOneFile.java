package speechsearch.ingest.read;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads one file with {@link DocumentReader} in a child JVM and prints what came of it: {@code ok}
 * and the text's length, or the error message. Lets a test run the reader under another identity or
 * with fewer privileges than its own.
 */
final class ReadOneFile {
  private ReadOneFile() {}

  public static void main(String[] args) {
    try {
      RawDocument d = new DocumentReader().read(Path.of(args[0]));
      System.out.println("ok " + d.text().length());
    } catch (IOException | RuntimeException e) {
      System.out.println(e.getMessage());
    }
  }
}
