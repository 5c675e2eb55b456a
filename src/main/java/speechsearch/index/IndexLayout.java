package speechsearch.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The on-disk layout of an index root: complete generations in {@code gen-NNNNNN/} folders, and two
 * pointer files, {@code CURRENT} (the live generation) and {@code PREVIOUS} (kept for rollback). A
 * pointer is replaced by an atomic rename and only ever names a generation that was committed and
 * verified, so a crash at any point leaves the live index usable.
 */
public final class IndexLayout {
  static final String CURRENT = "CURRENT";
  static final String PREVIOUS = "PREVIOUS";
  private static final String PREFIX = "gen-";

  private final Path root;

  public IndexLayout(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  public Path root() {
    return root;
  }

  /** The live generation's folder, if there is one. */
  public Optional<Path> current() throws IOException {
    return read(CURRENT);
  }

  public Optional<Path> previous() throws IOException {
    return read(PREVIOUS);
  }

  private Optional<Path> read(String pointer) throws IOException {
    try {
      String name = Files.readString(root.resolve(pointer), StandardCharsets.UTF_8).strip();
      if (!name.matches(PREFIX + "\\d{6}")) return Optional.empty();
      Path gen = root.resolve(name);
      return Files.isDirectory(gen) ? Optional.of(gen) : Optional.empty();
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
  }

  /** A new, empty generation folder numbered after every existing one. */
  public Path newGeneration() throws IOException {
    Files.createDirectories(root);
    int max = 0;
    for (Path g : generations()) max = Math.max(max, number(g));
    Path gen = root.resolve(String.format(java.util.Locale.ROOT, "%s%06d", PREFIX, max + 1));
    Files.createDirectory(gen);
    return gen;
  }

  /** Makes {@code gen} live; the generation that was live becomes the rollback target. */
  public void switchTo(Path gen) throws IOException {
    Optional<Path> old = current();
    if (old.isPresent() && !old.get().equals(gen)) writePointer(PREVIOUS, old.get());
    writePointer(CURRENT, gen);
  }

  /** Swaps CURRENT and PREVIOUS; false when there is nothing to roll back to. */
  public boolean rollback() throws IOException {
    Optional<Path> prev = previous();
    Optional<Path> cur = current();
    if (prev.isEmpty()) return false;
    writePointer(CURRENT, prev.get());
    if (cur.isPresent()) writePointer(PREVIOUS, cur.get());
    return true;
  }

  /**
   * Takes the writer's lock of this index root: one reindex, add or remove at a time. The lock is
   * the operating system's, so a killed process never leaves it held.
   */
  public Closeable lock() throws IOException {
    Files.createDirectories(root);
    FileChannel channel =
        FileChannel.open(
            root.resolve("reindex.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    FileLock lock = channel.tryLock();
    if (lock == null) {
      channel.close();
      throw new IOException("another reindex, add or remove is running on " + root);
    }
    return () -> {
      lock.release();
      channel.close();
    };
  }

  /** Deletes generations that neither pointer names: failed builds and superseded ones. */
  public List<Path> deleteUnreferenced() throws IOException {
    Optional<Path> cur = current();
    Optional<Path> prev = previous();
    List<Path> deleted = new ArrayList<>();
    for (Path g : generations()) {
      if (cur.map(g::equals).orElse(false) || prev.map(g::equals).orElse(false)) continue;
      deleteTree(g);
      deleted.add(g);
    }
    return deleted;
  }

  public List<Path> generations() throws IOException {
    if (!Files.isDirectory(root)) return List.of();
    List<Path> out = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(root, PREFIX + "*")) {
      for (Path p : ds)
        if (Files.isDirectory(p) && p.getFileName().toString().matches(PREFIX + "\\d{6}"))
          out.add(p);
    }
    out.sort(Comparator.comparingInt(IndexLayout::number));
    return out;
  }

  private static int number(Path gen) {
    return Integer.parseInt(gen.getFileName().toString().substring(PREFIX.length()));
  }

  private void writePointer(String pointer, Path gen) throws IOException {
    Path tmp = root.resolve(pointer + ".tmp");
    Files.writeString(tmp, gen.getFileName().toString() + "\n", StandardCharsets.UTF_8);
    try (var ch = java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.WRITE)) {
      ch.force(true);
    }
    try {
      Files.move(
          tmp,
          root.resolve(pointer),
          StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      throw new IOException("the index folder " + root + " does not support atomic renames", e);
    }
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) return;
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    }
  }
}
