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
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The on-disk layout of an index root: complete generations in {@code gen-NNNNNN/} folders, and two
 * pointer files, {@code CURRENT} (the live generation) and {@code PREVIOUS} (kept for rollback). A
 * pointer is replaced by an atomic rename and only ever names a generation that was committed and
 * verified, so a crash at any point leaves the live index usable.
 *
 * <p>A root whose {@code CURRENT} is missing, garbled or names no folder while generations exist (a
 * backup restored without it, a half-written copy) is never taken for an empty one: {@link
 * #current} throws a {@link PointerException} that says how to recover, so no writer builds over,
 * or deletes, generations it cannot account for. Generation numbers are never given out twice:
 * {@code LAST_GENERATION} remembers the highest number issued, even after that folder is gone.
 */
public final class IndexLayout {
  static final String CURRENT = "CURRENT";
  static final String PREVIOUS = "PREVIOUS";
  static final String LAST = "LAST_GENERATION";
  static final String LOCK = "reindex.lock";
  private static final String PREFIX = "gen-";
  private static final Pattern NAME = Pattern.compile(PREFIX + "\\d{6,}");

  /** Roots whose writers' lock a thread of this process holds. */
  private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

  private final Path root;

  public IndexLayout(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  public Path root() {
    return root;
  }

  /** What a pointer file holds: a generation that exists, or why it does not name one. */
  record Pointer(String file, Path gen, String problem) {
    boolean absent() {
      return gen == null && problem == null;
    }
  }

  /**
   * The live generation; empty only for a root with no {@code CURRENT} and no generation folders (a
   * new index).
   *
   * @throws PointerException when {@code CURRENT} is missing while generations exist, or is
   *     garbled, or names a folder that is not there
   */
  public Optional<Path> current() throws IOException {
    Pointer p = pointer(CURRENT);
    if (p.gen() != null) return Optional.of(p.gen());
    List<Path> gens = generations();
    if (p.absent() && gens.isEmpty()) return Optional.empty();
    throw new PointerException(unaccounted(p, gens));
  }

  /** The rollback target, if {@code PREVIOUS} names a generation that exists. */
  public Optional<Path> previous() throws IOException {
    return Optional.ofNullable(pointer(PREVIOUS).gen());
  }

  Pointer pointer(String file) throws IOException {
    String text;
    try {
      text = Files.readString(root.resolve(file), StandardCharsets.ISO_8859_1);
    } catch (NoSuchFileException e) {
      return new Pointer(file, null, null);
    }
    String name = text.strip();
    if (!NAME.matcher(name).matches()) {
      return new Pointer(file, null, file + " is garbled (" + shown(text) + ")");
    }
    Path gen = root.resolve(name);
    if (!Files.isDirectory(gen)) {
      return new Pointer(file, null, file + " names " + name + ", which is not there");
    }
    return new Pointer(file, gen, null);
  }

  private String unaccounted(Pointer p, List<Path> gens) throws IOException {
    String what = p.absent() ? CURRENT + " is missing" : p.problem();
    if (gens.isEmpty()) {
      return what
          + " in "
          + root
          + ", which holds no generation: nothing was changed. Delete "
          + CURRENT
          + " to start a new index here.";
    }
    StringBuilder m = new StringBuilder();
    m.append(what).append(" in ").append(root).append(", which holds ");
    m.append(String.join(", ", gens.stream().map(g -> g.getFileName().toString()).toList()));
    m.append(": nothing was changed. To recover, run `speech-search recover` (makes the newest");
    m.append(" generation that passes Lucene's CheckIndex live)");
    Optional<Path> prev = previous();
    if (prev.isPresent()) {
      m.append(" or `speech-search rollback` (makes PREVIOUS, ")
          .append(prev.get().getFileName())
          .append(", live)");
    }
    return m.append('.').toString();
  }

  private static String shown(String text) {
    String s = text.length() > 24 ? text.substring(0, 24) + "…" : text;
    StringBuilder out = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      out.append(c < 0x20 || c > 0x7e ? String.format(Locale.ROOT, "\\x%02x", (int) c) : c);
    }
    return out.append('"').toString();
  }

  /**
   * A new, empty generation folder numbered after every number ever given out in this root (see
   * {@code LAST_GENERATION}) and every folder present; the number is recorded before the folder is
   * made, so a crash in between skips a number rather than repeating one.
   */
  public Path newGeneration() throws IOException {
    Files.createDirectories(root);
    long max = lastIssued();
    for (Path g : generations()) max = Math.max(max, number(g));
    String name = String.format(Locale.ROOT, "%s%06d", PREFIX, max + 1);
    writeAtomically(LAST, name);
    Path gen = root.resolve(name);
    Files.createDirectory(gen);
    return gen;
  }

  private long lastIssued() throws IOException {
    try {
      String name = Files.readString(root.resolve(LAST), StandardCharsets.ISO_8859_1).strip();
      return NAME.matcher(name).matches() ? Long.parseLong(name.substring(PREFIX.length())) : 0;
    } catch (NoSuchFileException e) {
      return 0;
    }
  }

  /**
   * Makes {@code gen} live; the generation that was live becomes the rollback target. Call with the
   * writers' lock held.
   */
  public void switchTo(Path gen) throws IOException {
    Path old = pointer(CURRENT).gen(); // a writer checked CURRENT when it took the lock
    if (old != null && !old.equals(gen)) writePointer(PREVIOUS, old);
    writePointer(CURRENT, gen);
  }

  /** Points CURRENT at {@code live} and PREVIOUS at {@code previous} (or removes PREVIOUS). */
  void setPointers(Path live, Optional<Path> previous) throws IOException {
    if (previous.isPresent()) writePointer(PREVIOUS, previous.get());
    else Files.deleteIfExists(root.resolve(PREVIOUS));
    writePointer(CURRENT, live);
  }

  /**
   * Takes the writers' lock of this index root: one reindex, add, remove, rollback or recover at a
   * time. The lock is the operating system's, so a killed process never leaves it held. A writer
   * reads CURRENT only once it holds the lock, so what it builds on is what it replaces.
   */
  public Closeable lock() throws IOException {
    Files.createDirectories(root);
    // One channel per root in this process: on Linux, closing any channel of a file drops every
    // lock the process holds on it, so a second channel (even one that fails to lock) must never
    // be opened while a thread of this process holds the lock.
    if (!HELD.add(root)) throw new IndexBusyException(root);
    FileChannel channel = null;
    try {
      channel =
          FileChannel.open(root.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock = channel.tryLock();
      if (lock == null) throw new IndexBusyException(root);
      FileChannel open = channel;
      return () -> {
        try {
          lock.release();
          open.close();
        } finally {
          HELD.remove(root);
        }
      };
    } catch (IOException | RuntimeException e) {
      if (channel != null) channel.close();
      HELD.remove(root);
      throw e;
    }
  }

  /** Whether a writer holds the lock now (a hint: it may be taken a moment later). */
  public boolean isLocked() throws IOException {
    if (!Files.exists(root.resolve(LOCK))) return false;
    try (Closeable ignored = lock()) {
      return false;
    } catch (IndexBusyException e) {
      return true;
    }
  }

  /**
   * Deletes generations that neither pointer names: failed builds and superseded ones. Deletes
   * nothing when a pointer is unreadable, since it cannot tell then which generations are wanted.
   */
  public List<Path> deleteUnreferenced() throws IOException {
    Optional<Path> cur = current();
    Pointer prev = pointer(PREVIOUS);
    if (cur.isEmpty() || prev.problem() != null) return List.of();
    List<Path> deleted = new ArrayList<>();
    for (Path g : generations()) {
      if (g.equals(cur.get()) || g.equals(prev.gen())) continue;
      deleteTree(g);
      deleted.add(g);
    }
    return deleted;
  }

  /** The generation folders, by number. */
  public List<Path> generations() throws IOException {
    if (!Files.isDirectory(root)) return List.of();
    List<Path> out = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(root, PREFIX + "*")) {
      for (Path p : ds)
        if (Files.isDirectory(p) && NAME.matcher(p.getFileName().toString()).matches()) out.add(p);
    }
    out.sort(Comparator.comparingLong(IndexLayout::number));
    return out;
  }

  static long number(Path gen) {
    return Long.parseLong(gen.getFileName().toString().substring(PREFIX.length()));
  }

  private void writePointer(String pointer, Path gen) throws IOException {
    writeAtomically(pointer, gen.getFileName().toString());
  }

  private void writeAtomically(String file, String line) throws IOException {
    Path tmp = root.resolve(file + ".tmp");
    Files.writeString(tmp, line + "\n", StandardCharsets.UTF_8);
    try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
      ch.force(true);
    }
    try {
      Files.move(
          tmp,
          root.resolve(file),
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
