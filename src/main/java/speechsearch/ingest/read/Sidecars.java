package speechsearch.ingest.read;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Metadata a person wrote down beside the files, which beats anything extracted from the text: a
 * {@code MANIFEST.tsv} (or {@code .csv}) per folder, and a JSON object per file ({@code
 * speech1.txt.json} or {@code speech1.json}). The JSON is the more specific, so it overrides the
 * manifest key by key. A malformed sidecar is an error naming the sidecar, never ignored, because
 * silently wrong titles and years are worse than a reported failure.
 *
 * <p>Manifests are parsed once per folder and cached; instances are safe for concurrent use.
 */
public final class Sidecars {
  /** The keys a sidecar may set, in the order they are returned. */
  public static final List<String> KEYS =
      List.of("title", "subtitle", "date", "year", "region", "speaker");

  private final ObjectMapper json =
      new ObjectMapper()
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private final Map<Path, Optional<Manifest>> manifests = new ConcurrentHashMap<>();

  /**
   * The sidecar metadata for {@code file}: keys among {@link #KEYS}, only non-blank values; empty
   * when there are no sidecars.
   *
   * @throws IOException naming the sidecar when a manifest or JSON sidecar is malformed
   */
  public Map<String, String> metadataFor(Path file) throws IOException {
    Path absolute = file.toAbsolutePath().normalize();
    Path folder = absolute.getParent();
    String name = absolute.getFileName().toString();
    Map<String, String> merged = new LinkedHashMap<>();
    manifestOf(folder).map(m -> m.rows().get(name)).ifPresent(merged::putAll);
    int dot = name.lastIndexOf('.');
    if (dot > 0) {
      // The stem form first, so the full-name form, which names exactly one file, wins.
      readJson(folder.resolve(name.substring(0, dot) + ".json"), merged);
    }
    readJson(folder.resolve(name + ".json"), merged);

    Map<String, String> ordered = new LinkedHashMap<>();
    for (String key : KEYS) {
      String value = merged.get(key);
      if (value != null && !value.isBlank()) ordered.put(key, value.strip());
    }
    return Collections.unmodifiableMap(ordered);
  }

  private Optional<Manifest> manifestOf(Path folder) throws IOException {
    try {
      return manifests.computeIfAbsent(
          folder,
          f -> {
            try {
              return Manifest.find(f);
            } catch (IOException e) {
              // Unwrapped below; nothing is cached, so a fixed manifest is read on the next call.
              throw new UncheckedIOException(e);
            }
          });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private void readJson(Path sidecar, Map<String, String> into) throws IOException {
    if (!Files.isRegularFile(sidecar)) return;
    JsonNode root;
    try {
      root = json.readTree(sidecar.toFile());
    } catch (JsonProcessingException e) {
      throw new IOException("malformed JSON sidecar " + sidecar + ": " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new IOException("malformed JSON sidecar " + sidecar + ": expected a JSON object");
    }
    for (String key : KEYS) {
      JsonNode value = root.get(key);
      if (value == null || value.isNull()) continue;
      if (value.isTextual() || value.isIntegralNumber()) {
        into.put(key, value.asText());
      } else {
        throw new IOException(
            "malformed JSON sidecar "
                + sidecar
                + ": \""
                + key
                + "\" must be a string"
                + (key.equals("year") ? " or a whole number" : "")
                + ", not "
                + value.getNodeType().toString().toLowerCase(Locale.ROOT));
      }
    }
  }
}
