package speechsearch.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A fingerprint of the program that parses speeches: the SHA-256 of its jar, or of every file under
 * its classes folder when it runs from a build tree. A parsed tree may be reused only by the same
 * program; any new build, whatever it changed, parses again.
 */
final class CodeStamp {
  private CodeStamp() {}

  private static volatile String stamp;

  static String get() {
    String s = stamp;
    if (s == null) {
      synchronized (CodeStamp.class) {
        if (stamp == null) stamp = compute();
        s = stamp;
      }
    }
    return s;
  }

  private static String compute() {
    try {
      Path source =
          Path.of(CodeStamp.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      if (Files.isDirectory(source)) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(source)) {
          files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
          md.update(source.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
          md.update(Files.readAllBytes(f));
        }
      } else {
        md.update(Files.readAllBytes(source));
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the program's own code to fingerprint it", e);
    } catch (URISyntaxException | NoSuchAlgorithmException | RuntimeException e) {
      // no code source to read (an unusual class loader): a stamp that never matches a stored one
      return "unknown-" + System.nanoTime();
    }
  }
}
