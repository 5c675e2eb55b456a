package speechsearch.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;

/**
 * Moving the pointers by hand: {@code rollback} (swap CURRENT and PREVIOUS) and {@code recover}
 * (point CURRENT at the newest generation that passes CheckIndex). Both take the writers' lock, so
 * neither runs while a reindex, add or remove is building on the generation they move away from.
 */
public final class IndexRecovery {
  private IndexRecovery() {}

  /** Where the pointers stand after a rollback or recover. */
  public record Pointers(Path live, Optional<Path> previous, String note) {}

  /**
   * Makes PREVIOUS live. The generation that was live becomes PREVIOUS, so a second rollback undoes
   * the first. When CURRENT was unreadable, PREVIOUS becomes the newest other complete generation,
   * so the next writer does not delete it.
   */
  public static Pointers rollback(IndexLayout layout) throws IOException {
    try (Closeable lock = layout.lock()) {
      IndexLayout.Pointer prev = layout.pointer(IndexLayout.PREVIOUS);
      if (prev.gen() == null) {
        throw new IOException(
            (prev.absent()
                    ? "there is no previous generation in " + layout.root()
                    : prev.problem() + " in " + layout.root())
                + ": nothing to roll back to (`speech-search recover` finds the newest sound"
                + " generation)");
      }
      String incomplete = incomplete(prev.gen());
      if (incomplete != null) {
        throw new IOException(
            "PREVIOUS names "
                + prev.gen().getFileName()
                + ", which "
                + incomplete
                + ": nothing was changed (`speech-search recover` finds the newest sound"
                + " generation)");
      }
      IndexLayout.Pointer cur = layout.pointer(IndexLayout.CURRENT);
      Optional<Path> next;
      String note = "";
      if (cur.gen() != null) {
        next = Optional.of(cur.gen());
      } else {
        next = newestOtherComplete(layout, prev.gen());
        note =
            (cur.absent() ? "CURRENT was missing" : cur.problem())
                + next.map(p -> "; PREVIOUS now names " + p.getFileName()).orElse("");
      }
      layout.setPointers(prev.gen(), next);
      return new Pointers(prev.gen(), next, note);
    }
  }

  /**
   * Points CURRENT at the newest generation (by build time) that passes CheckIndex, and PREVIOUS at
   * the next one, when CURRENT is unreadable or names a generation that fails the check. A sound
   * live generation is left as it is.
   *
   * @param checked told of each generation as it is checked
   * @return the pointers, with a note saying whether anything changed
   */
  public static Pointers recover(
      IndexLayout layout, boolean fast, Consumer<IndexCheck.Result> checked) throws IOException {
    try (Closeable lock = layout.lock()) {
      IndexLayout.Pointer cur = layout.pointer(IndexLayout.CURRENT);
      if (cur.gen() != null) {
        IndexCheck.Result r = IndexCheck.check(cur.gen(), fast, null);
        checked.accept(r);
        if (r.clean()) {
          return new Pointers(
              cur.gen(),
              layout.previous(),
              "CURRENT names " + r.name() + ", which passes the check: nothing to recover");
        }
      }
      List<Path> sound = new ArrayList<>();
      for (Path g : newestFirst(layout)) {
        if (g.equals(cur.gen())) continue;
        IndexCheck.Result r = IndexCheck.check(g, fast, null);
        checked.accept(r);
        if (r.clean()) sound.add(g);
        if (sound.size() == 2) break;
      }
      if (sound.isEmpty()) {
        throw new IOException(
            "no generation in "
                + layout.root()
                + " passes the check: nothing was changed; rebuild with `speech-search reindex"
                + " --source DIR`");
      }
      Optional<Path> previous = sound.size() > 1 ? Optional.of(sound.get(1)) : Optional.empty();
      layout.setPointers(sound.get(0), previous);
      String why =
          cur.gen() != null
              ? "CURRENT named " + cur.gen().getFileName() + ", which fails the check"
              : cur.absent() ? "CURRENT was missing" : cur.problem();
      return new Pointers(sound.get(0), previous, why);
    }
  }

  /** Generations by build time, newest first; those without a readable record last. */
  static List<Path> newestFirst(IndexLayout layout) throws IOException {
    record Built(Path gen, String createdAt) {}
    List<Built> all = new ArrayList<>();
    for (Path g : layout.generations()) {
      String at;
      try {
        at = GenerationInfo.read(g).createdAt();
      } catch (IOException e) {
        at = "";
      }
      all.add(new Built(g, at == null ? "" : at));
    }
    all.sort(
        Comparator.comparing(Built::createdAt)
            .thenComparingLong(b -> IndexLayout.number(b.gen()))
            .reversed());
    return all.stream().map(Built::gen).toList();
  }

  private static Optional<Path> newestOtherComplete(IndexLayout layout, Path except)
      throws IOException {
    for (Path g : newestFirst(layout)) {
      if (!g.equals(except) && incomplete(g) == null) return Optional.of(g);
    }
    return Optional.empty();
  }

  /** Why a generation cannot be made live without a full check, or null when it looks whole. */
  static String incomplete(Path gen) {
    try {
      GenerationInfo.read(gen);
    } catch (IOException e) {
      return "has no readable " + GenerationInfo.FILE_NAME;
    }
    try (FSDirectory dir = FSDirectory.open(gen)) {
      return DirectoryReader.indexExists(dir) ? null : "holds no committed Lucene index";
    } catch (IOException e) {
      return "cannot be read: " + Reindexer.describe(e);
    }
  }
}
