package speechsearch.vocabulary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The two-level topic taxonomy of {@code topics.tsv}: areas, each mapped to one category of the
 * State Council's policy-document library, and their topics, each with keywords. A label is {@code
 * AREA/TOPIC}, or {@code AREA} alone. Immutable; a file that breaks the format is refused with the
 * line at fault, never read in part.
 */
public final class Taxonomy {
  /** The name a generation keeps its taxonomy under, and the bundled resource's. */
  public static final String FILE_NAME = "topics.tsv";

  private static final Pattern KEYWORD_SEPARATORS = Pattern.compile("[\\s,，、;；]+");
  private static final Pattern NAME = Pattern.compile("[^/\\s\\[\\]]{1,40}");

  /** An area: its name, the official category it maps to, its own keywords and its topics. */
  public record Area(String name, String official, List<String> keywords, List<String> topics) {}

  private final Map<String, Area> areas; // in file order
  private final Map<String, List<String>> keywords; // label -> keywords
  private final List<String> labels; // every area and area/topic, in file order
  private final byte[] file;
  private final String sha256;

  private Taxonomy(Map<String, Area> areas, Map<String, List<String>> keywords, byte[] file) {
    this.areas = areas;
    this.keywords = keywords;
    this.labels = List.copyOf(keywords.keySet());
    this.file = file.clone();
    this.sha256 = DataFiles.sha256(file);
  }

  /** The taxonomy bundled with the program. */
  public static Taxonomy bundled() {
    return DataFiles.bundled(FILE_NAME, Taxonomy::parse);
  }

  /** A taxonomy file; an unreadable, empty or malformed file is an IOException that says why. */
  public static Taxonomy load(Path file) throws IOException {
    return parse(DataFiles.read(file, "topics file"), file.toString());
  }

  /** A taxonomy from a file's bytes, {@code name} naming it in messages. */
  public static Taxonomy parse(byte[] bytes, String name) throws IOException {
    String text = DataFiles.utf8(bytes, "topics file " + name);
    Map<String, Area> areas = new LinkedHashMap<>();
    Map<String, List<String>> keywords = new LinkedHashMap<>();
    String area = null;
    List<String> topicsOfArea = null;
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) continue;
      String where = "topics file " + name + " line " + (i + 1) + ": ";
      String[] cols = lines[i].split("\t");
      if (line.startsWith("[")) {
        if (cols.length < 2 || !cols[0].strip().endsWith("]")) {
          throw new IOException(
              where + "an area line is [AREA]<TAB>OFFICIAL CATEGORY<TAB>keywords");
        }
        area = name(cols[0].strip().substring(1, cols[0].strip().length() - 1), where);
        if (areas.containsKey(area)) throw new IOException(where + "area " + area + " twice");
        String official = cols[1].strip();
        if (official.isEmpty())
          throw new IOException(where + "area " + area + " names no category");
        topicsOfArea = new ArrayList<>();
        List<String> own = words(cols.length > 2 ? cols[2] : "");
        areas.put(area, new Area(area, official, own, topicsOfArea));
        keywords.put(area, own);
      } else {
        if (area == null) throw new IOException(where + "a topic line before any [AREA] line");
        if (cols.length != 2) {
          throw new IOException(where + "a topic line is TOPIC<TAB>keywords (one tab)");
        }
        String topic = name(cols[0].strip(), where);
        String label = area + "/" + topic;
        if (keywords.containsKey(label)) throw new IOException(where + label + " twice");
        List<String> own = words(cols[1]);
        if (own.isEmpty()) throw new IOException(where + label + " has no keywords");
        topicsOfArea.add(topic);
        keywords.put(label, own);
      }
    }
    if (areas.isEmpty()) throw new IOException("topics file " + name + " defines no area");
    Map<String, Area> frozen = new LinkedHashMap<>();
    areas.forEach(
        (k, a) ->
            frozen.put(k, new Area(a.name(), a.official(), a.keywords(), List.copyOf(a.topics()))));
    return new Taxonomy(
        java.util.Collections.unmodifiableMap(frozen),
        java.util.Collections.unmodifiableMap(keywords),
        bytes);
  }

  private static String name(String s, String where) throws IOException {
    if (!NAME.matcher(s).matches()) {
      throw new IOException(
          where + "'" + s + "' is not a name (1-40 characters, no / [ ] or space)");
    }
    return s;
  }

  private static List<String> words(String s) {
    Set<String> out = new LinkedHashSet<>();
    for (String k : KEYWORD_SEPARATORS.split(s.strip())) if (!k.isEmpty()) out.add(k);
    return List.copyOf(out);
  }

  /** Every area, in file order. */
  public List<Area> areas() {
    return List.copyOf(areas.values());
  }

  /** Every label: each area, then its topics as AREA/TOPIC, in file order. */
  public List<String> labels() {
    return labels;
  }

  public boolean isLabel(String label) {
    return keywords.containsKey(label);
  }

  /** The keywords of a label (an area's own, or a topic's). */
  public List<String> keywords(String label) {
    return keywords.getOrDefault(label, List.of());
  }

  /** The official category a label's area maps to. */
  public String officialCategory(String label) {
    int slash = label.indexOf('/');
    Area a = areas.get(slash < 0 ? label : label.substring(0, slash));
    return a == null ? null : a.official();
  }

  /** Writes the file this taxonomy was read from, byte for byte. */
  public void write(Path target) throws IOException {
    Files.write(target, file);
  }

  /** SHA-256 of the file's bytes: what a generation and a model record. */
  public String sha256() {
    return sha256;
  }

  /**
   * A topic filter value as its facet path: "教育" (an area), "教育/校园安全", or a topic name alone
   * ("校园安全", when one area has it); empty when the taxonomy has no such area or topic.
   */
  public Optional<String[]> pathOf(String value) {
    String v = value.strip();
    if (isLabel(v)) return Optional.of(v.split("/", 2));
    String found = null;
    for (String label : labels) {
      int slash = label.indexOf('/');
      if (slash >= 0 && label.substring(slash + 1).equals(v)) {
        if (found != null) return Optional.empty(); // two areas have a topic of this name
        found = label;
      }
    }
    return found == null ? Optional.empty() : Optional.of(found.split("/", 2));
  }
}
