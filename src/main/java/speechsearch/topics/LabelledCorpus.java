package speechsearch.topics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import speechsearch.ingest.SpeechIngester;
import speechsearch.ingest.SpeechJson;
import speechsearch.ingest.read.DocumentReader;
import speechsearch.speech.Speech;

/**
 * The speeches a labelled set's units are found in: parsed from the source files without topics
 * (for fitting and for labelling afresh), or read from {@code parse --out} JSON with the labels
 * some program gave them (to score that program's labels).
 */
public final class LabelledCorpus {
  private static final ObjectMapper JSON = new ObjectMapper();

  private LabelledCorpus() {}

  /** Parses every file under the sources, unlabelled; a file that fails is left out. */
  public static List<Speech> parse(List<Path> sources) throws IOException {
    SpeechIngester ingester = SpeechIngester.withTopics(null);
    List<Speech> out = new ArrayList<>();
    for (Path f : DocumentReader.listInputs(sources)) {
      try {
        out.add(ingester.ingest(f));
      } catch (IOException | RuntimeException e) {
        // the labelled units of a file that no longer parses are simply not found
      }
    }
    return out;
  }

  /**
   * The speeches of a folder of {@code parse --out} JSON files. Topics written as plain strings (as
   * older versions wrote them) are read too, each passed through {@code relabel} (an old label to a
   * label of the taxonomy, or absent to drop it).
   */
  public static List<Speech> readParsed(Path dir, Map<String, String> relabel) throws IOException {
    List<Speech> out = new ArrayList<>();
    try (var files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        JsonNode tree = JSON.readTree(Files.readString(f, StandardCharsets.UTF_8));
        convert(tree, relabel);
        out.add(SpeechJson.read(JSON.writeValueAsString(tree)));
      }
    }
    return out;
  }

  private static void convert(JsonNode node, Map<String, String> relabel) {
    if (node instanceof ObjectNode o) {
      if (o.get("topics") instanceof ArrayNode topics) {
        Set<String> labels = new LinkedHashSet<>();
        for (JsonNode t : topics) {
          String label = t.isTextual() ? t.asText() : t.path("label").asText();
          String mapped = relabel == null ? label : relabel.get(label);
          if (mapped != null && !mapped.isEmpty()) labels.add(mapped);
        }
        ArrayNode fresh = o.putArray("topics");
        for (String l : labels) fresh.addObject().put("label", l).put("score", 0.0);
      }
      o.forEach(child -> convert(child, relabel));
    } else if (node instanceof ArrayNode a) {
      a.forEach(child -> convert(child, relabel));
    }
  }

  /** A relabelling file: OLD<TAB>NEW a line (NEW empty: dropped), # comments. */
  public static Map<String, String> readRelabelling(Path file) throws IOException {
    Map<String, String> map = new HashMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] c = line.split("\t", -1);
      map.put(c[0].strip(), c.length > 1 ? c[1].strip() : "");
    }
    return map;
  }
}
