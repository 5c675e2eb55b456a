package speechsearch.index;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import speechsearch.ingest.SpeechJson;
import speechsearch.speech.Speech;

/**
 * The parsed trees of a reindex, put aside on disk between the parse and the indexing. Duplicate
 * detection and glossary mining need every speech before the first is indexed (the glossary changes
 * the analyzer the writer uses), but only a few facts of each ({@link ParsedSpeech}); the trees of
 * a gigabyte of text would not fit the heap beside them. Each tree is written once, as the compact
 * speech JSON the index stores, and read back once by an indexing thread, by its place in the file,
 * so the threads still take the largest speeches first. Reading the JSON back costs a parse;
 * writing it here saves writing it again at indexing time.
 *
 * <p>The file lies in the index root under a fixed name, written only by the holder of the writers'
 * lock: it is deleted when closed, on success or failure, and one left by a killed process is
 * emptied by the next reindex. It needs free disk about the size of the sources' text.
 */
final class SpillFile implements ParsedTree.Store {
  static final String FILE_NAME = "reindex-trees.tmp";

  private final Path path;
  private final FileChannel channel;
  private long end; // guarded by this: where the next tree goes

  private SpillFile(Path path, FileChannel channel) {
    this.path = path;
    this.channel = channel;
  }

  /** An empty spill file in the index root; call with the writers' lock held. */
  static SpillFile in(Path root) throws IOException {
    Path path = root.resolve(FILE_NAME);
    FileChannel channel =
        FileChannel.open(
            path,
            StandardOpenOption.CREATE,
            StandardOpenOption.TRUNCATE_EXISTING,
            StandardOpenOption.READ,
            StandardOpenOption.WRITE);
    return new SpillFile(path, channel);
  }

  /** A tree could not be put aside: the run fails, the file whose tree it was is not to blame. */
  static final class WriteFailed extends IOException {
    private static final long serialVersionUID = 1L;

    WriteFailed(Path path, IOException cause) {
      super(
          "the parsed trees could not be written to "
              + path
              + " ("
              + Reindexer.describe(cause)
              + "); the live index is unchanged",
          cause);
    }
  }

  /** A tree in the file: where it starts and how many bytes of JSON it is. */
  private record Spilled(SpillFile file, long at, int length) implements ParsedTree {
    @Override
    public Loaded read() throws IOException {
      return file.read(at, length);
    }
  }

  /** Writes a tree at the end of the file; threads write their trees side by side. */
  @Override
  public ParsedTree put(Speech s) throws IOException {
    byte[] json = SpeechJson.compact(s).getBytes(StandardCharsets.UTF_8);
    long at;
    synchronized (this) {
      at = end;
      end += json.length;
    }
    try {
      ByteBuffer b = ByteBuffer.wrap(json);
      while (b.hasRemaining()) channel.write(b, at + b.position());
    } catch (IOException e) {
      throw new WriteFailed(path, e);
    }
    return new Spilled(this, at, json.length);
  }

  private ParsedTree.Loaded read(long at, int length) throws IOException {
    ByteBuffer b = ByteBuffer.allocate(length);
    while (b.hasRemaining()) {
      if (channel.read(b, at + b.position()) < 0) {
        throw new EOFException(path + " ends before the tree at byte " + at);
      }
    }
    String json = new String(b.array(), StandardCharsets.UTF_8);
    return new ParsedTree.Loaded(SpeechJson.read(json), json);
  }

  /** Bytes written so far. */
  synchronized long size() {
    return end;
  }

  /** Closes and deletes the file. */
  @Override
  public void close() throws IOException {
    try {
      channel.close();
    } finally {
      Files.deleteIfExists(path);
    }
  }
}
