package speechsearch.index;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The speeches a generation holds because {@code add} put them there, and the file each came from,
 * kept beside the generation as {@code added.json}. A reindex reads them so that it never drops
 * them silently: a speech whose file lies outside the source folders is read again from that file,
 * or kept as indexed when the file is gone, unless the reindex is told to drop such speeches (and
 * then lists them). A file inside a source folder is simply read with the others.
 */
final class AddedSpeeches {
  static final String FILE_NAME = "added.json";
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private AddedSpeeches() {}

  /** One speech added with {@code add}: its id and the absolute path of its file. */
  record Entry(String id, String file) {
    Path path() {
      return Path.of(file);
    }
  }

  /** The entries of a generation; none for a generation without the file. */
  static List<Entry> read(Path gen) throws IOException {
    try {
      byte[] bytes = Files.readAllBytes(gen.resolve(FILE_NAME));
      return List.copyOf(JSON.readValue(bytes, new TypeReference<List<Entry>>() {}));
    } catch (NoSuchFileException e) {
      return List.of();
    } catch (IOException e) {
      throw new IOException(
          FILE_NAME
              + " of "
              + gen.getFileName()
              + " cannot be read ("
              + Reindexer.describe(e)
              + "): the speeches added with `add` would be lost; nothing was changed",
          e);
    }
  }

  /**
   * Writes the entries beside a generation. The file is replaced by a rename, never written in
   * place: an update's generation starts as hard links to the live one's files.
   */
  static void write(Path gen, List<Entry> entries) throws IOException {
    Path tmp = gen.resolve(FILE_NAME + ".tmp");
    JSON.writeValue(tmp.toFile(), entries);
    Files.move(tmp, gen.resolve(FILE_NAME), StandardCopyOption.REPLACE_EXISTING);
  }

  /** The entries with {@code entry} in place of any earlier one for the same id. */
  static List<Entry> with(List<Entry> entries, Entry entry) {
    List<Entry> out = without(entries, entry.id());
    out.add(entry);
    return out;
  }

  static List<Entry> without(List<Entry> entries, String id) {
    List<Entry> out = new ArrayList<>();
    for (Entry e : entries) if (!e.id().equals(id)) out.add(e);
    return out;
  }

  /** Whether a file lies in one of the source folders (or is one of the source files). */
  static boolean underAny(Path file, List<Path> sources) {
    Path f = file.toAbsolutePath().normalize();
    for (Path s : sources) {
      Path root = s.toAbsolutePath().normalize();
      if (f.startsWith(root)) return true;
      try {
        if (Files.exists(f) && f.toRealPath().startsWith(root.toRealPath())) return true;
      } catch (IOException e) {
        // a path that cannot be resolved is compared by name only
      }
    }
    return false;
  }
}
