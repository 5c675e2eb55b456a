package speechsearch.testing;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

/** Damage done to an index generation on purpose, as a failing disk or a bad copy would do it. */
public final class Damage {
  private Damage() {}

  /**
   * Inverts 64 bytes at seven places (an eighth, a quarter, … of the way) in every term dictionary
   * file ({@code .tim}) of a generation: the files keep their size, header and footer, so the index
   * still opens, and only their checksums (or the searches that read those blocks) show the damage.
   * Seven places rather than one because the blocks a set of searches reads depend on how the
   * index's segments came out, which varies with the threads that wrote it: a single damaged block
   * was sometimes one no search read. Returns the files.
   */
  public static List<Path> flipTermDictionaries(Path generation) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(generation)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".tim")).sorted().toList();
    }
    if (files.isEmpty()) throw new IOException("no term dictionary in " + generation);
    for (Path f : files) {
      try (FileChannel ch =
          FileChannel.open(f, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
        int length = (int) Math.min(64, ch.size() / 32);
        for (int eighth = 1; eighth <= 7; eighth++) {
          long at = ch.size() * eighth / 8;
          ByteBuffer b = ByteBuffer.allocate(length);
          ch.read(b, at);
          for (int i = 0; i < b.limit(); i++) b.put(i, (byte) ~b.get(i));
          b.rewind();
          ch.write(b, at);
        }
      }
    }
    return files;
  }
}
