package speechsearch.ingest.read;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a file says before any cleaning: the extracted text, one paragraph or line per {@code \n},
 * and the metadata the format itself carries. Cleaning and parsing happen later, so the text keeps
 * the line structure, spaces and markers of the source.
 *
 * @param format one of {@code txt}, {@code html}, {@code docx}, {@code doc}, {@code pdf}: the
 *     format actually read, which may differ from the extension when the content says otherwise
 * @param charset the charset the text was decoded with, or the container's own encoding for binary
 *     formats (PDF, Word)
 * @param pageMetadata {@code htmlTitle}, {@code date}, {@code docTitle}, {@code author}, {@code
 *     created} where the format gives them; may be empty, never null
 */
public record RawDocument(
    Path file, String format, String charset, String text, Map<String, String> pageMetadata) {

  public RawDocument {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(charset, "charset");
    Objects.requireNonNull(text, "text");
    // Insertion order is kept so that printed metadata reads in the order it was found.
    pageMetadata = Collections.unmodifiableMap(new LinkedHashMap<>(pageMetadata));
  }
}
