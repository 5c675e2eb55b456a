package speechsearch.ingest.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One folder's {@code MANIFEST.tsv} or {@code MANIFEST.csv}: a header row naming columns, one row
 * per file, the {@code file} column holding the file name. Only the {@link Sidecars#KEYS} columns
 * are kept; others (source, licence) are for people. Decoded like a text file, so a manifest saved
 * by a spreadsheet in GB18030 or with a BOM reads as well as a UTF-8 one.
 *
 * @param rows metadata by file name
 */
record Manifest(Map<String, Map<String, String>> rows) {

  Manifest {
    rows = Map.copyOf(rows);
  }

  /** The folder's manifest; the TSV wins when both exist. Empty when there is none. */
  static Optional<Manifest> find(Path folder) throws IOException {
    for (String name : List.of("MANIFEST.tsv", "MANIFEST.csv")) {
      Path path = folder.resolve(name);
      if (Files.isRegularFile(path)) {
        return Optional.of(parse(path, name.endsWith(".tsv") ? '\t' : ','));
      }
    }
    return Optional.empty();
  }

  static Manifest parse(Path path, char separator) throws IOException {
    String text = TextDecoding.decode(path, Files.readAllBytes(path)).text();
    List<List<String>> records = separator == '\t' ? splitTsv(text) : splitCsv(path, text);
    if (records.isEmpty()) return new Manifest(Map.of());
    List<String> header = new ArrayList<>();
    for (String column : records.get(0)) header.add(column.strip().toLowerCase(Locale.ROOT));
    int fileColumn = header.indexOf("file");
    if (fileColumn < 0) {
      throw new IOException("malformed manifest " + path + ": no \"file\" column in the header");
    }
    Map<String, Map<String, String>> rows = new HashMap<>();
    for (int r = 1; r < records.size(); r++) {
      List<String> fields = records.get(r);
      if (fields.size() == 1 && fields.get(0).isBlank()) continue;
      if (fields.size() > header.size()) {
        throw new IOException(
            "malformed manifest %s: record %d has %d fields, the header %d"
                .formatted(path, r + 1, fields.size(), header.size()));
      }
      String file = fileColumn < fields.size() ? fields.get(fileColumn).strip() : "";
      if (file.isEmpty()) {
        throw new IOException(
            "malformed manifest %s: record %d has no file".formatted(path, r + 1));
      }
      Map<String, String> values = new LinkedHashMap<>();
      // Fewer fields than columns is accepted: spreadsheets drop trailing empty cells.
      for (int c = 0; c < fields.size(); c++) {
        if (Sidecars.KEYS.contains(header.get(c)) && !fields.get(c).isBlank()) {
          values.put(header.get(c), fields.get(c).strip());
        }
      }
      if (rows.put(file, values) != null) {
        throw new IOException(
            "malformed manifest %s: %s is listed twice (record %d)".formatted(path, file, r + 1));
      }
    }
    return new Manifest(rows);
  }

  private static List<List<String>> splitTsv(String text) {
    List<List<String>> records = new ArrayList<>();
    for (String line : text.split("\r?\n")) records.add(List.of(line.split("\t", -1)));
    return records;
  }

  /** RFC 4180: quoted fields may hold separators, newlines and doubled quotes. */
  private static List<List<String>> splitCsv(Path path, String text) throws IOException {
    List<List<String>> records = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    int line = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') line++;
      if (quoted) {
        if (c != '"') {
          field.append(c);
        } else if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else {
          quoted = false;
        }
      } else if (c == '"' && field.isEmpty()) {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') continue;
        fields.add(field.toString());
        field.setLength(0);
        records.add(fields);
        fields = new ArrayList<>();
      } else {
        field.append(c);
      }
    }
    if (quoted) {
      throw new IOException(
          "malformed manifest %s: quoted field not closed (from before line %d)"
              .formatted(path, line));
    }
    if (!field.isEmpty() || !fields.isEmpty()) {
      fields.add(field.toString());
      records.add(fields);
    }
    return records;
  }
}
