package speechsearch.ingest.read;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The files to read from the paths a user names. A folder is walked for the supported files in it,
 * in a fixed order, and the walk stays inside it: a symbolic link that leads out of the folder is
 * not followed unless asked (a link to /etc in a source folder would otherwise put /etc/passwd in a
 * searchable index). What is passed over for a reason a user can act on (such a link, a broken
 * link, a folder that disappeared or cannot be read during the walk) is listed with that reason,
 * never dropped in silence.
 */
public final class SourceWalker {
  private SourceWalker() {}

  /** A path the walk passed over, and why. */
  public record Refused(Path path, String reason) {}

  /** The files to read, and what was passed over. */
  public record Listing(List<Path> files, List<Refused> refused) {
    public Listing {
      files = List.copyOf(files);
      refused = List.copyOf(refused);
    }
  }

  /**
   * Each argument in turn: a folder expanded to its supported files (recursively, sorted by path),
   * a file returned as named, even when unsupported, so that the caller reports it instead of it
   * vanishing. Hidden files and folders, manifests and JSON sidecars are skipped; a link back to an
   * ancestor folder is not walked twice.
   *
   * @param followLinksOut follow symbolic links that lead out of the folder they are in
   */
  public static Listing list(List<Path> filesOrDirs, boolean followLinksOut) {
    Set<Path> files = new LinkedHashSet<>();
    List<Refused> refused = new ArrayList<>();
    for (Path root : filesOrDirs) {
      if (Files.isDirectory(root)) {
        walk(root, followLinksOut, files, refused);
      } else {
        files.add(root);
      }
    }
    return new Listing(List.copyOf(files), refused);
  }

  private static void walk(Path root, boolean followOut, Set<Path> into, List<Refused> refused) {
    List<Path> found = new ArrayList<>();
    Path inside;
    try {
      inside = root.toRealPath();
    } catch (IOException e) {
      refused.add(new Refused(root, why(e, "the folder")));
      return;
    }
    try {
      Files.walkFileTree(
          root,
          EnumSet.of(FileVisitOption.FOLLOW_LINKS),
          Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              if (dir.equals(root)) return FileVisitResult.CONTINUE;
              if (isHidden(dir)) return FileVisitResult.SKIP_SUBTREE;
              String out = leadsOut(dir, inside, followOut);
              if (out == null) return FileVisitResult.CONTINUE;
              refused.add(new Refused(dir, out));
              return FileVisitResult.SKIP_SUBTREE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (isHidden(file) || isSidecar(file) || !DocumentReader.isSupported(file)) {
                return FileVisitResult.CONTINUE;
              }
              if (attrs.isSymbolicLink()) {
                // the walk could not follow it: the link points at nothing
                refused.add(new Refused(file, "a broken symbolic link: it points at nothing"));
              } else if (attrs.isRegularFile()) {
                String out = leadsOut(file, inside, followOut);
                if (out == null) found.add(file);
                else refused.add(new Refused(file, out));
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              if (!(e instanceof FileSystemLoopException)) {
                refused.add(new Refused(file, why(e, "it")));
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      refused.add(new Refused(root, why(e, "the folder"))); // the visitor never throws
    }
    found.sort(null);
    into.addAll(found);
  }

  /** Why a path reached through a link outside the walked folder is passed over, or null. */
  private static String leadsOut(Path path, Path inside, boolean followOut) {
    if (followOut || !Files.isSymbolicLink(path)) return null; // its folder was checked already
    try {
      Path real = path.toRealPath();
      if (real.startsWith(inside)) return null;
      return "a symbolic link that leads out of the source folder (to "
          + real
          + "): not followed (--follow-links follows such links)";
    } catch (IOException e) {
      return why(e, "it");
    }
  }

  private static String why(IOException e, String what) {
    if (e instanceof NoSuchFileException) {
      return what + " disappeared while the source folder was listed";
    }
    if (e instanceof AccessDeniedException) return "not readable: permission denied";
    return UnreadableFileException.describe(e);
  }

  static boolean isHidden(Path path) {
    return path.getFileName() != null && path.getFileName().toString().startsWith(".");
  }

  static boolean isSidecar(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.equals("manifest.tsv") || name.equals("manifest.csv") || name.endsWith(".json");
  }
}
