package speechsearch.ingest.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import speechsearch.vocabulary.DataFiles;

/**
 * The front door of reading: a path in, a {@link RawDocument} out, or an {@link
 * UnreadableFileException} that says which file and why. Knows formats and encodings, nothing of
 * speeches. Stateless apart from the size limit, so one instance may serve many threads.
 */
public final class DocumentReader {
  /** Larger files are refused rather than risk exhausting the heap on one odd input. */
  public static final long DEFAULT_MAX_BYTES = 256L * 1024 * 1024;

  private static final Set<String> EXTENSIONS = Set.of("txt", "html", "htm", "docx", "doc", "pdf");

  private final long maxBytes;

  public DocumentReader() {
    this(DEFAULT_MAX_BYTES);
  }

  public DocumentReader(long maxBytes) {
    if (maxBytes <= 0) throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    this.maxBytes = maxBytes;
  }

  /**
   * A file's bytes as read once, with their SHA-256: parsing and the unchanged-file check of an
   * update see the same content even when the file is rewritten in between.
   */
  public record Snapshot(Path file, byte[] bytes, String sha256) {}

  /** How often a file that changes while it is read is read again before it is skipped. */
  static final int READ_ATTEMPTS = 3;

  /** How recent a modification makes a file read twice (see {@link #snapshot}). */
  static final long RECENT_MILLIS = 2_000;

  /**
   * How many more looks, and how far apart, before a recent file that does not decode is judged.
   */
  static final int SETTLE_LOOKS = 5;

  static final long SETTLE_MILLIS = 20;

  private static boolean recentlyModified(BasicFileAttributes a) {
    return System.currentTimeMillis() - a.lastModifiedTime().toMillis() < RECENT_MILLIS;
  }

  /**
   * Reads one file by its extension.
   *
   * @throws NoSuchFileException when the file does not exist
   * @throws UnreadableFileException when it exists but its content cannot be turned into text
   * @throws IOException for other I/O failures
   */
  public RawDocument read(Path file) throws IOException {
    return parse(snapshot(file));
  }

  /**
   * Reads a file's bytes once, checked for type, size and permission first. A file whose size or
   * modification time moves during the read is being written: it is read again, and skipped with a
   * clear error when it does not hold still. A rewrite to the same size within one tick of the file
   * system's clock (a few milliseconds) leaves size and time as they were, so a file modified in
   * the last {@link #RECENT_MILLIS} ms is read a second time and must read the same; older files,
   * nearly all of a reindex, are read once. (A writer that rewrites the same bytes in between, or
   * one that keeps the time still on purpose, cannot be seen without its help.)
   */
  public Snapshot snapshot(Path file) throws IOException {
    String ext = extension(file);
    if (!EXTENSIONS.contains(ext)) {
      throw new UnreadableFileException(
          file,
          ext.isEmpty() ? "unsupported file type (no extension)" : "unsupported file type ." + ext);
    }
    for (int attempt = 1; ; attempt++) {
      BasicFileAttributes before = Files.readAttributes(file, BasicFileAttributes.class);
      if (!before.isRegularFile()) {
        throw new UnreadableFileException(file, "not a regular file");
      }
      if (before.size() > maxBytes) {
        throw new UnreadableFileException(
            file,
            "file too large ("
                + megabytes(before.size())
                + " MB > limit "
                + megabytes(maxBytes)
                + " MB)");
      }
      byte[] bytes;
      try {
        bytes = readAtMost(file, maxBytes);
      } catch (AccessDeniedException e) {
        throw new UnreadableFileException(file, "not readable: permission denied", e);
      }
      BasicFileAttributes after = Files.readAttributes(file, BasicFileAttributes.class);
      if (bytes.length == before.size()
          && after.size() == before.size()
          && after.lastModifiedTime().equals(before.lastModifiedTime())
          && (!recentlyModified(after) || Arrays.equals(readAtMost(file, maxBytes), bytes))) {
        return new Snapshot(file, bytes, DataFiles.sha256(bytes));
      }
      if (attempt == READ_ATTEMPTS) {
        throw new UnreadableFileException(
            file,
            "the file changed while it was being read ("
                + READ_ATTEMPTS
                + " attempts); it is still being written: try again when it is complete");
      }
    }
  }

  /**
   * Turns a file's bytes into text by the file's extension. Bytes that do not decode are checked
   * against the file once more: a writer stalled in the middle of a write leaves the size and the
   * modification time still while the bytes end inside a character, and that file is reported as
   * being written, not as undecodable.
   */
  public RawDocument parse(Snapshot s) throws IOException {
    try {
      return parseBytes(s);
    } catch (UnreadableFileException e) {
      if (changedSince(s)) {
        throw new UnreadableFileException(
            s.file(),
            "the file changed while it was being read; it is still being written: try again when"
                + " it is complete",
            e);
      }
      throw e;
    }
  }

  /**
   * Whether the file no longer holds the snapshot's bytes. A file modified in the last {@link
   * #RECENT_MILLIS} ms is looked at a few more times, {@link #SETTLE_MILLIS} ms apart: a writer can
   * be descheduled halfway through one write, leaving the file still, for a moment, at a length
   * that ends inside a character.
   */
  private boolean changedSince(Snapshot s) {
    for (int look = 0; ; look++) {
      try {
        if (!Arrays.equals(readAtMost(s.file(), maxBytes), s.bytes())) return true;
        if (look == SETTLE_LOOKS
            || !recentlyModified(Files.readAttributes(s.file(), BasicFileAttributes.class))) {
          return false;
        }
        Thread.sleep(SETTLE_MILLIS);
      } catch (IOException gone) {
        return false;
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
  }

  private RawDocument parseBytes(Snapshot s) throws IOException {
    Path file = s.file();
    return switch (extension(file)) {
      case "txt" -> readText(file, s.bytes());
      case "html", "htm" -> HtmlExtractor.extract(file, s.bytes());
      case "docx", "doc" -> WordFileReader.extract(file, s.bytes());
      case "pdf" -> PdfFileReader.extract(file, s.bytes());
      default ->
          throw new UnreadableFileException(file, "unsupported file type ." + extension(file));
    };
  }

  /** The whole file, or an error once it grows past the limit while being read. */
  private static byte[] readAtMost(Path file, long max) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 8));
      if (bytes.length > max) {
        throw new UnreadableFileException(
            file, "file too large (grew past the limit of " + megabytes(max) + " MB while read)");
      }
      return bytes;
    }
  }

  /** Lowercase hex SHA-256 of some bytes. */
  private static RawDocument readText(Path file, byte[] bytes) throws IOException {
    TextDecoding.Decoded decoded = TextDecoding.decode(file, bytes);
    // The contract is "\n" between lines whatever system saved the file; nothing else changes.
    String text = decoded.text().replace("\r\n", "\n").replace('\r', '\n');
    return new RawDocument(file, "txt", decoded.charset().name(), text, Map.of());
  }

  /** Whether {@link #read} knows the file's extension; says nothing about its content. */
  public static boolean isSupported(Path file) {
    return EXTENSIONS.contains(extension(file));
  }

  /**
   * The files to read from some files and folders (see {@link SourceWalker#list}), without the list
   * of what was passed over: for callers that have no report to put it in.
   */
  public static List<Path> listInputs(List<Path> filesOrDirs) {
    return SourceWalker.list(filesOrDirs, false).files();
  }

  static String extension(Path file) {
    Path name = file.getFileName();
    if (name == null) return "";
    String s = name.toString();
    int dot = s.lastIndexOf('.');
    return dot <= 0 ? "" : s.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
  }
}
