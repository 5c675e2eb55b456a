package speechsearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import speechsearch.analysis.TokenizerChoice;
import speechsearch.ingest.SpeechIngester;

/**
 * A disk that fills up during a reindex: a clear error, the live index intact, nothing left (no
 * partial generation, no spilled trees).
 */
class WriteFailureTest {
  @TempDir Path dir;

  private static final List<String> KEPT_TOPIC_FILES =
      List.of(
          speechsearch.vocabulary.Taxonomy.FILE_NAME,
          speechsearch.ingest.topic.TopicModel.FILE_NAME);

  @Test
  void aFullDiskDuringReindexLeavesTheLiveIndexAndAClearError() throws Exception {
    Path seeds = Path.of("src/test/resources/seeds");
    IndexLayout layout = new IndexLayout(dir.resolve("index"));
    new Reindexer(SpeechIngester.withDefaults(), TokenizerChoice.FAST, 1)
        .reindex(List.of(seeds), layout, Reindexer.Progress.NONE);
    Path live = layout.current().orElseThrow();
    GenerationInfo before = GenerationInfo.read(live);

    long size;
    try (var files = java.nio.file.Files.list(live)) {
      // what the index writer writes: the taxonomy and topic model the generation keeps (about
      // 1 MB) are copied beside it, not written through the directory that fills up
      size =
          files
              .filter(f -> !KEPT_TOPIC_FILES.contains(f.getFileName().toString()))
              .mapToLong(f -> f.toFile().length())
              .sum();
    }
    // the disk fills early, midway and near the end of writing a generation of this size
    for (long limit : List.of(1_000L, size / 2, size * 9 / 10)) {
      Reindexer failing =
          new Reindexer(
              SpeechIngester.withDefaults(),
              TokenizerChoice.FAST,
              1,
              folder -> new FullDisk(FSDirectory.open(folder), limit));
      IOException e =
          assertThrows(
              IOException.class,
              () -> failing.reindex(List.of(seeds), layout, Reindexer.Progress.NONE));
      assertTrue(
          String.valueOf(e.getMessage()).contains("No space left on device")
              || String.valueOf(e.getCause()).contains("No space left on device"),
          "after " + limit + " bytes: " + e);
      assertEquals(live, layout.current().orElseThrow(), "the live generation stays live");
      assertEquals(before, GenerationInfo.read(live));
      assertEquals(1, layout.generations().size(), "the partial generation is removed");
      assertFalse(
          java.nio.file.Files.exists(layout.root().resolve(SpillFile.FILE_NAME)),
          "the parsed trees put aside are removed");
    }
  }

  /** Fails every write once the directory has taken {@code limit} bytes, as a full disk does. */
  private static final class FullDisk extends FilterDirectory {
    private final AtomicLong left;

    FullDisk(Directory in, long limit) {
      super(in);
      this.left = new AtomicLong(limit);
    }

    @Override
    public IndexOutput createOutput(String name, IOContext context) throws IOException {
      IndexOutput out = in.createOutput(name, context);
      return new IndexOutput("full disk(" + name + ")", name) {
        private void spend(long n) throws IOException {
          if (left.addAndGet(-n) < 0) throw new IOException("No space left on device");
        }

        @Override
        public void writeByte(byte b) throws IOException {
          spend(1);
          out.writeByte(b);
        }

        @Override
        public void writeBytes(byte[] b, int offset, int length) throws IOException {
          spend(length);
          out.writeBytes(b, offset, length);
        }

        @Override
        public void close() throws IOException {
          out.close();
        }

        @Override
        public long getFilePointer() {
          return out.getFilePointer();
        }

        @Override
        public long getChecksum() throws IOException {
          return out.getChecksum();
        }
      };
    }
  }
}
