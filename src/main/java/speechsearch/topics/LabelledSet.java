package speechsearch.topics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import speechsearch.ingest.topic.UnitKey;
import speechsearch.speech.Speech;
import speechsearch.speech.Unit;
import speechsearch.vocabulary.Taxonomy;

/**
 * The labelled units (docs/TOPICS.md): one JSON object a line with the unit's key and hashes (see
 * {@link UnitKey}), its labels in order of weight, its main subject and its split, {@code train} or
 * {@code heldout}. No text: the units are found again in the parsed corpus by their keys.
 */
public final class LabelledSet {
  /** The split the model is fitted and tuned on. */
  public static final String TRAIN = "train";

  /** The split it is only measured on. */
  public static final String HELD_OUT = "heldout";

  /** One labelled unit. */
  public record Labelled(
      String key,
      String speech,
      String kind,
      String headingHash,
      String textHash,
      List<String> labels,
      String main,
      String split) {}

  /** A labelled unit found in a parsed speech; {@code unit} is null for the speech itself. */
  public record Found(Labelled labelled, Speech speech, Unit unit) {
    /** The unit's id in the speech, "" for the speech (as TopicFeatures.vectors keys them). */
    public String id() {
      return unit == null ? "" : unit.id();
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<Labelled> units;

  private LabelledSet(List<Labelled> units) {
    this.units = List.copyOf(units);
  }

  public List<Labelled> units() {
    return units;
  }

  /** Reads the set; every label must be one of the taxonomy's. */
  public static LabelledSet load(Path file, Taxonomy taxonomy) throws IOException {
    List<Labelled> out = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) continue;
      String where = file + " line " + (i + 1) + ": ";
      JsonNode o = JSON.readTree(lines.get(i));
      List<String> labels = new ArrayList<>();
      for (JsonNode l : o.path("labels")) {
        if (!taxonomy.isLabel(l.asText())) {
          throw new IOException(where + "'" + l.asText() + "' is not a label of the taxonomy");
        }
        labels.add(l.asText());
      }
      String main = o.path("main").isTextual() ? o.get("main").asText() : null;
      if (main != null && !labels.contains(main)) {
        throw new IOException(where + "the main subject is not among the labels");
      }
      out.add(
          new Labelled(
              o.path("key").asText(),
              o.path("speech").asText(),
              o.path("kind").asText(),
              o.path("headingHash").asText(null),
              o.path("textHash").asText(null),
              List.copyOf(labels),
              main,
              o.path("split").asText(TRAIN)));
    }
    return new LabelledSet(out);
  }

  /** The units of one split. */
  public List<Labelled> split(String name) {
    return units.stream().filter(u -> u.split().equals(name)).toList();
  }

  /**
   * Finds each labelled unit in the parsed speeches: by its key, else by its speech, kind and
   * heading hash, else by its speech, kind and the hash of its text's start, where exactly one unit
   * matches (the parser may have moved the unit's end). Units not found are left out.
   */
  public static List<Found> find(List<Labelled> labelled, List<Speech> speeches) {
    Map<String, Found> byKey = new HashMap<>();
    Map<String, List<Found>> byHeading = new HashMap<>();
    Map<String, List<Found>> byStart = new HashMap<>();
    for (Speech s : speeches) {
      index(s, null, byKey, byHeading, byStart);
      walk(s, s.sections(), byKey, byHeading, byStart);
    }
    List<Found> out = new ArrayList<>();
    Map<String, Boolean> taken = new LinkedHashMap<>();
    for (Labelled l : labelled) {
      Found f = byKey.get(l.key());
      if (f == null) f = only(byHeading.get(l.speech() + "/" + l.kind() + "/" + l.headingHash()));
      if (f == null) f = only(byStart.get(l.speech() + "/" + l.kind() + "/" + l.textHash()));
      if (f == null || taken.putIfAbsent(f.speech().id() + "/" + f.id(), true) != null) continue;
      out.add(new Found(l, f.speech(), f.unit()));
    }
    return out;
  }

  private static Found only(List<Found> candidates) {
    return candidates != null && candidates.size() == 1 ? candidates.get(0) : null;
  }

  private static void walk(
      Speech s,
      List<Unit> units,
      Map<String, Found> byKey,
      Map<String, List<Found>> byHeading,
      Map<String, List<Found>> byStart) {
    for (Unit u : units) {
      index(s, u, byKey, byHeading, byStart);
      walk(s, u.children(), byKey, byHeading, byStart);
    }
  }

  private static void index(
      Speech s,
      Unit u,
      Map<String, Found> byKey,
      Map<String, List<Found>> byHeading,
      Map<String, List<Found>> byStart) {
    String kind = u == null ? "speech" : u.kind();
    UnitKey k =
        u == null
            ? UnitKey.of(s.id(), kind, s.title(), "")
            : UnitKey.of(s.id(), kind, u.heading(), u.text());
    Found f = new Found(null, s, u);
    byKey.put(k.key(), f);
    String prefix = s.id() + "/" + kind + "/";
    byHeading.computeIfAbsent(prefix + k.headingHash(), x -> new ArrayList<>()).add(f);
    byStart.computeIfAbsent(prefix + k.textHash(), x -> new ArrayList<>()).add(f);
  }
}
