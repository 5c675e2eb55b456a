package speechsearch.testing;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;

/** Damage done to an index generation on purpose, as a failing disk or a bad copy would do it. */
public final class Damage {
  private Damage() {}

  /**
   * Inverts every byte of every term dictionary file ({@code .tim}) of a generation between its
   * header and its footer: the files keep their size, header and footer, so the index still opens,
   * and only their checksums, or any search that reads a block of terms, show the damage. Every
   * block is damaged, so which blocks a search reads (that depends on how the index's segments came
   * out, which varies with the threads that wrote it) does not matter. Returns the files.
   */
  public static List<Path> flipTermDictionaries(Path generation) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(generation)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".tim")).sorted().toList();
    }
    if (files.isEmpty()) throw new IOException("no term dictionary in " + generation);
    for (Path f : files) {
      long from = headerLength(generation, f.getFileName().toString());
      try (FileChannel ch =
          FileChannel.open(f, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
        long to = ch.size() - CodecUtil.footerLength();
        if (to <= from) throw new IOException("no term blocks in " + f);
        ByteBuffer b = ByteBuffer.allocate((int) (to - from));
        ch.read(b, from);
        for (int i = 0; i < b.limit(); i++) b.put(i, (byte) ~b.get(i));
        b.rewind();
        ch.write(b, from);
      }
    }
    return files;
  }

  /** Where a Lucene file's index header ends: magic, codec name, version, id and suffix. */
  static long headerLength(Path generation, String file) throws IOException {
    try (FSDirectory dir = FSDirectory.open(generation);
        IndexInput in = dir.openInput(file, IOContext.READONCE)) {
      CodecUtil.readIndexHeader(in);
      return in.getFilePointer();
    }
  }
}
