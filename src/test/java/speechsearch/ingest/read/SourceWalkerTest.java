package speechsearch.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The walk of a source folder stays inside it: a symbolic link that leads out (to /etc, to a home
 * folder) is listed as refused with the reason, not read, unless the caller opts in; links that
 * stay inside are followed, and a broken link is named.
 */
class SourceWalkerTest {
  @TempDir Path dir;

  @Test
  void linksThatLeadOutOfTheFolderAreRefusedAndNamed() throws Exception {
    Path src = Files.createDirectories(dir.resolve("src"));
    Path secrets = Files.createDirectories(dir.resolve("secrets"));
    Files.writeString(secrets.resolve("passwd.txt"), "root:x:0:0", StandardCharsets.UTF_8);
    Files.writeString(src.resolve("a.txt"), "讲话", StandardCharsets.UTF_8);
    Path inside = Files.createDirectories(src.resolve("sub"));
    Files.writeString(inside.resolve("b.txt"), "讲话", StandardCharsets.UTF_8);
    Path toFolder = Files.createSymbolicLink(src.resolve("etc"), secrets);
    Path toFile =
        Files.createSymbolicLink(src.resolve("passwd.txt"), secrets.resolve("passwd.txt"));
    Path linkInside = Files.createSymbolicLink(src.resolve("c.txt"), inside.resolve("b.txt"));
    Path broken = Files.createSymbolicLink(src.resolve("gone.txt"), dir.resolve("nothing.txt"));

    assertEquals(
        List.of(src.resolve("a.txt"), linkInside, inside.resolve("b.txt")),
        DocumentReader.listInputs(List.of(src)),
        "nothing outside src is read");

    SourceWalker.Listing listing = SourceWalker.list(List.of(src), false);
    List<Path> refused = listing.refused().stream().map(SourceWalker.Refused::path).toList();
    assertEquals(
        List.of(toFolder, broken, toFile).stream().sorted().toList(),
        refused.stream().sorted().toList());
    for (SourceWalker.Refused r : listing.refused()) {
      if (r.path().equals(broken)) {
        assertTrue(r.reason().contains("broken symbolic link"), r.toString());
      } else {
        assertTrue(r.reason().contains("leads out of the source folder"), r.toString());
        assertTrue(r.reason().contains(secrets.toRealPath().toString()), r.toString());
        assertTrue(r.reason().contains("--follow-links"), r.toString());
      }
    }

    SourceWalker.Listing followed = SourceWalker.list(List.of(src), true);
    assertTrue(followed.files().contains(toFile), followed.toString());
    assertTrue(followed.files().contains(toFolder.resolve("passwd.txt")), followed.toString());
  }

  @Test
  void aRootGivenAsALinkIsWalkedAsTheFolderItNames() throws Exception {
    Path real = Files.createDirectories(dir.resolve("real"));
    Files.writeString(real.resolve("a.txt"), "讲话", StandardCharsets.UTF_8);
    Path link = Files.createSymbolicLink(dir.resolve("link"), real);
    SourceWalker.Listing listing = SourceWalker.list(List.of(link), false);
    assertEquals(List.of(link.resolve("a.txt")), listing.files());
    assertEquals(List.of(), listing.refused());
  }
}
