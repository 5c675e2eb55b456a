package speechsearch.testing;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

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

  /**
   * Up to {@code count} terms of a field spread evenly over its whole term dictionary, read from an
   * undamaged generation: searches for them read blocks all along the dictionary, so some of them
   * meet the damage {@link #flipTermDictionaries} does, whatever the index holds.
   */
  public static List<String> termsAcross(Path generation, String field, int count)
      throws IOException {
    List<String> all = new ArrayList<>();
    try (FSDirectory dir = FSDirectory.open(generation);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        Terms terms = leaf.reader().terms(field);
        if (terms == null) continue;
        TermsEnum e = terms.iterator();
        for (BytesRef t = e.next(); t != null; t = e.next()) all.add(t.utf8ToString());
      }
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < count && !all.isEmpty(); i++) {
      String t = all.get((int) ((long) i * all.size() / count));
      if (!out.contains(t)) out.add(t);
    }
    return out;
  }
}
