package speechsearch.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import speechsearch.analysis.Glossary;
import speechsearch.index.Schema;
import speechsearch.speech.Region;
import speechsearch.vocabulary.Places;

/**
 * Writes one index generation as an engine-ready export: {@code template.json}, the glossary as a
 * synonym file, and NDJSON bulk files of every live document, built from the stored fields so the
 * engine holds exactly what our index holds.
 */
public final class EngineExport {
  /** Bulk files stay under the engines' default request size (100 MB) by a wide margin. */
  public static final long DEFAULT_MAX_BULK_BYTES = 10_000_000;

  private static final ObjectMapper JSON = new ObjectMapper();

  /** What was written. */
  public record Result(int documents, List<Path> bulkFiles, int synonymLines) {}

  private final long maxBulkBytes;

  public EngineExport(long maxBulkBytes) {
    this.maxBulkBytes = maxBulkBytes;
  }

  /**
   * Writes the export of {@code generation} into {@code out} (created when missing). Nothing inside
   * {@code out} is written through a symbolic link: a link where a file of the export goes (a
   * template, the analysis folder, a bulk file) is refused before anything is written, and every
   * file is opened so that a link put there meanwhile fails the write instead of being followed.
   * {@code out} itself may be a link, as the folder the user chose.
   */
  public Result export(Path generation, Path out) throws IOException {
    if (out.toString().isBlank()) {
      throw new IOException("the output folder is empty: give --out a folder to write into");
    }
    refuseLinks(out);
    Files.createDirectories(out.resolve("analysis"));
    // bulk files of an earlier, larger export would otherwise be loaded with this one
    try (var old = Files.newDirectoryStream(out, "bulk-*.ndjson")) {
      for (Path f : old) Files.delete(f); // deletes a file, or (had it been allowed) a link
    }
    try (OutputStream o = create(out.resolve("template.json"))) {
      JSON.writer(SerializationFeature.INDENT_OUTPUT).writeValue(o, EngineTemplate.template());
    }
    int synonyms = writeSynonyms(generation.resolve(Glossary.FILE_NAME), out);
    try (Directory dir = FSDirectory.open(generation);
        DirectoryReader reader = DirectoryReader.open(dir);
        Bulk bulk = new Bulk(out, maxBulkBytes)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        LeafReader r = leaf.reader();
        Bits live = r.getLiveDocs();
        StoredFields stored = r.storedFields();
        NumericDocValues order = r.getNumericDocValues(Schema.ORDER);
        NumericDocValues dateSort = r.getNumericDocValues(Schema.DATE_SORT);
        for (int doc = 0; doc < r.maxDoc(); doc++) {
          if (live != null && !live.get(doc)) continue;
          ObjectNode d = document(stored.document(doc));
          if (order != null && order.advanceExact(doc)) d.put(Schema.ORDER, order.longValue());
          if (dateSort != null && dateSort.advanceExact(doc))
            d.put(Schema.DATE_SORT, dateSort.longValue());
          bulk.add(d.get(Schema.ID).asText(), d);
        }
      }
      return new Result(bulk.documents, List.copyOf(bulk.files), synonyms);
    }
  }

  /**
   * The stored fields of one document as the engine's document. A stored field the mapping does not
   * know is an error, so a schema change cannot silently drop data from the export.
   */
  static ObjectNode document(Document doc) throws JsonProcessingException {
    ObjectNode d = JSON.createObjectNode();
    for (IndexableField f : doc.getFields()) {
      String name = f.name();
      switch (name) {
        case Schema.ID,
            Schema.KIND,
            Schema.SPEECH_ID,
            Schema.UNIT_ID,
            Schema.SECTION_ID,
            Schema.MARKER,
            Schema.HEADING,
            Schema.TEXT,
            Schema.TITLE,
            Schema.DATE,
            Schema.YEAR_SOURCE,
            Schema.CONTENT_HASH ->
            d.put(name, f.stringValue());
        case Schema.ORDINAL, Schema.YEAR -> d.put(name, f.numericValue().intValue());
        case Schema.TRUNCATED -> d.put(name, true);
        case Schema.PATH -> d.set(name, JSON.readTree(f.stringValue()));
        case Schema.SOURCE_FILES -> d.withArray(name).add(f.stringValue());
        case Schema.REGION -> region(d, JSON.readTree(f.stringValue()));
        case Schema.TOPICS -> topics(d, JSON.readTree(f.stringValue()));
        case Schema.SPEECH_JSON -> d.set("tree", JSON.readTree(f.stringValue()));
        default ->
            throw new IllegalStateException("stored field " + name + " has no engine mapping");
      }
    }
    // title_text is indexed but not stored: the speech document's title is its source
    if (Schema.KIND_SPEECH.equals(doc.get(Schema.KIND)) && doc.get(Schema.TITLE) != null) {
      d.put(Schema.TITLE_TEXT, doc.get(Schema.TITLE));
    }
    return d;
  }

  /** The stored region object, and the region and level facets as flat keyword fields. */
  private static void region(ObjectNode d, JsonNode r) {
    d.set(Schema.REGION, r);
    Region region =
        new Region(text(r, "level"), text(r, "province"), text(r, "city"), text(r, "county"));
    String[] path = Places.facetPath(region);
    d.put("region_province", path[0]);
    for (int i = 1; i < path.length; i++) {
      d.put(path[i].equals(region.county()) ? "region_county" : "region_city", path[i]);
    }
    d.put(Schema.FACET_LEVEL, region.level() == null ? Schema.UNKNOWN : region.level());
  }

  private static void topics(ObjectNode d, JsonNode topics) {
    ArrayNode all = d.putArray(Schema.TOPICS);
    Set<String> areas = new LinkedHashSet<>();
    for (JsonNode t : topics) {
      all.add(t.asText());
      areas.add(t.asText().split("/", 2)[0]);
    }
    ArrayNode a = d.putArray("topic_area");
    areas.forEach(a::add);
  }

  private static String text(JsonNode o, String key) {
    JsonNode v = o.get(key);
    return v == null || v.isNull() ? null : v.asText();
  }

  /** {@code term, syn1, syn2} per glossary term that has synonyms (equivalent, both directions). */
  static int writeSynonyms(Path glossaryFile, Path out) throws IOException {
    Map<String, List<String>> terms =
        Files.exists(glossaryFile) ? Glossary.load(glossaryFile).terms() : Map.of();
    List<String> lines = new ArrayList<>();
    terms.keySet().stream()
        .sorted()
        .forEach(
            t -> {
              List<String> syns = terms.get(t);
              if (syns.isEmpty()) return;
              List<String> words = new ArrayList<>();
              words.add(escape(t));
              for (String syn : syns) words.add(escape(syn));
              lines.add(String.join(", ", words));
            });
    StringBuilder sb = new StringBuilder();
    sb.append("# speech-search glossary: term, synonyms (Solr format, for synonym_graph)\n");
    for (String l : lines) sb.append(l).append('\n');
    try (OutputStream o = create(out.resolve(EngineTemplate.SYNONYMS_PATH))) {
      o.write(sb.toString().getBytes(StandardCharsets.UTF_8));
    }
    return lines.size();
  }

  /** Refuses an export whose files would be written through symbolic links inside {@code out}. */
  private static void refuseLinks(Path out) throws IOException {
    if (!Files.isDirectory(out)) {
      if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
        throw new IOException(out + " exists and is not a folder");
      }
      return;
    }
    List<Path> targets = new ArrayList<>();
    targets.add(out.resolve("template.json"));
    targets.add(out.resolve("analysis"));
    targets.add(out.resolve(EngineTemplate.SYNONYMS_PATH));
    try (var bulk = Files.newDirectoryStream(out, "bulk-*.ndjson")) {
      bulk.forEach(targets::add);
    }
    for (Path t : targets) {
      if (Files.isSymbolicLink(t)) {
        throw new IOException(
            t
                + " is a symbolic link (to "
                + Files.readSymbolicLink(t)
                + "): the export never writes through one; remove it or choose another --out");
      }
    }
  }

  /** A new or truncated file, never reached through a symbolic link. */
  static OutputStream create(Path f) throws IOException {
    return new BufferedOutputStream(
        Files.newOutputStream(
            f,
            StandardOpenOption.CREATE,
            StandardOpenOption.TRUNCATE_EXISTING,
            StandardOpenOption.WRITE,
            LinkOption.NOFOLLOW_LINKS));
  }

  /** Commas and backslashes are the Solr synonym format's own syntax. */
  private static String escape(String word) {
    return word.replace("\\", "\\\\").replace(",", "\\,");
  }

  /** NDJSON bulk files of at most about {@code maxBytes} each, numbered from 0001. */
  private static final class Bulk implements AutoCloseable {
    private final Path out;
    private final long maxBytes;
    private final List<Path> files = new ArrayList<>();
    private BufferedWriter writer;
    private long bytes;
    int documents;

    Bulk(Path out, long maxBytes) {
      this.out = out;
      this.maxBytes = maxBytes;
    }

    void add(String id, ObjectNode doc) throws IOException {
      ObjectNode action = JSON.createObjectNode();
      action.putObject("index").put("_index", EngineTemplate.INDEX).put("_id", id);
      String pair = JSON.writeValueAsString(action) + "\n" + JSON.writeValueAsString(doc) + "\n";
      long size = pair.getBytes(StandardCharsets.UTF_8).length;
      // a file is closed before it would pass the limit; one oversized pair still gets a file
      if (writer == null || (bytes > 0 && bytes + size > maxBytes)) next();
      writer.write(pair);
      bytes += size;
      documents++;
    }

    private void next() throws IOException {
      close();
      Path f = out.resolve(String.format(Locale.ROOT, "bulk-%04d.ndjson", files.size() + 1));
      writer = new BufferedWriter(new OutputStreamWriter(create(f), StandardCharsets.UTF_8));
      files.add(f);
      bytes = 0;
    }

    @Override
    public void close() throws IOException {
      if (writer != null) writer.close();
      writer = null;
    }
  }
}
