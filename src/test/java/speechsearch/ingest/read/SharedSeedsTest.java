package speechsearch.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Every seed page the project was created from must decode; they live outside the repository. */
class SharedSeedsTest {
  @Test
  void decodesEverySeedFile() throws IOException {
    Path seeds = Path.of(System.getProperty("shared.dir", "../shared"), "seeds");
    if (!Files.isDirectory(seeds)) {
      System.out.println("SharedSeedsTest skipped: no seeds folder at " + seeds.toAbsolutePath());
    }
    Assumptions.assumeTrue(
        Files.isDirectory(seeds), "no seeds folder at " + seeds.toAbsolutePath());

    List<Path> files = DocumentReader.listInputs(List.of(seeds));
    assertFalse(files.isEmpty(), "no supported files in " + seeds);
    DocumentReader reader = new DocumentReader();
    for (Path file : files) {
      RawDocument doc = reader.read(file);
      assertEquals("UTF-8", doc.charset(), file.toString());
      assertFalse(doc.text().startsWith("\uFEFF"), file.toString());
      assertTrue(
          doc.text().codePoints().filter(c -> c >= 0x4E00 && c <= 0x9FFF).count() > 500,
          file.toString());
      assertFalse(doc.text().contains("\r"), file.toString());
    }
  }
}
