package speechsearch.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Pattern;
import speechsearch.ingest.clean.CleanText;
import speechsearch.ingest.clean.TextCleaner;
import speechsearch.ingest.metadata.RegionResolver;
import speechsearch.ingest.read.DocumentReader;
import speechsearch.ingest.read.RawDocument;
import speechsearch.ingest.read.Sidecars;
import speechsearch.ingest.read.UnreadableFileException;
import speechsearch.ingest.topic.TopicClassifier;
import speechsearch.speech.Speech;
import speechsearch.vocabulary.DataFiles;

/**
 * The front door of ingest: a speech file in, a parsed {@link Speech} out. Thread-safe; one
 * instance serves a whole batch.
 */
public final class SpeechIngester {
  private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9_-]{1,80}");

  private final DocumentReader reader;
  private final Sidecars sidecars;
  private final SpeechAssembler assembler;
  private final TopicClassifier topics;

  /**
   * @param topics labels each parsed speech; null for speeches without topics (the trainer's)
   */
  public SpeechIngester(DocumentReader reader, RegionResolver regions, TopicClassifier topics) {
    this.reader = reader;
    this.sidecars = new Sidecars();
    this.assembler = new SpeechAssembler(regions);
    this.topics = topics;
  }

  /** An ingester with the bundled gazetteer, topic taxonomy and topic model. */
  public static SpeechIngester withDefaults() {
    return withTopics(TopicClassifier.bundled());
  }

  /** An ingester with the bundled gazetteer and these topics; null for none. */
  public static SpeechIngester withTopics(TopicClassifier topics) {
    return new SpeechIngester(new DocumentReader(), RegionResolver.load(), topics);
  }

  /** The classifier that labels what this ingester parses; null when it labels nothing. */
  public TopicClassifier topics() {
    return topics;
  }

  /**
   * Reads and parses one file.
   *
   * @throws UnreadableFileException when the file's content cannot be read as a speech
   * @throws IOException when the file or its sidecar cannot be read
   */
  public Speech ingest(Path file) throws IOException {
    return ingest(source(file));
  }

  /**
   * Everything a parsed speech depends on, read once: the file's bytes (see {@link
   * DocumentReader#snapshot}), its sidecar metadata (a MANIFEST row or .json beside it), and their
   * key, one SHA-256 over the bytes, the sidecar and the program that parses. Equal keys mean an
   * equal tree, so updates skip a file whose key is already indexed and a reindex reuses its stored
   * tree; parsing a source gives the tree its key describes.
   */
  public record Source(DocumentReader.Snapshot snapshot, Map<String, String> sidecar, String key) {
    public Path file() {
      return snapshot.file();
    }
  }

  public Source source(Path file) throws IOException {
    DocumentReader.Snapshot snapshot = reader.snapshot(file);
    Map<String, String> sidecar = sidecars.metadataFor(file);
    String all = snapshot.sha256() + "\n" + sidecar + "\n" + CodeStamp.get();
    return new Source(snapshot, sidecar, DataFiles.sha256(all.getBytes(StandardCharsets.UTF_8)));
  }

  /** Parses a source already read. */
  public Speech ingest(Source source) throws IOException {
    Path file = source.file();
    RawDocument raw = reader.parse(source.snapshot());
    if (raw.text().codePoints().noneMatch(Character::isLetterOrDigit)) {
      throw new UnreadableFileException(file, "no text: the file is empty or holds no words");
    }
    return labelled(
        assembler.assemble(
            idFor(file), file.toString(), raw.text(), raw.pageMetadata(), source.sidecar()));
  }

  private Speech labelled(Speech s) {
    return topics == null ? s : topics.label(s);
  }

  /**
   * The cleaned text of a file as parsing sees it, with the list of what cleaning removed (for
   * {@code parse --debug-clean}).
   */
  public CleanText cleaned(Path file) throws IOException {
    RawDocument raw = reader.parse(reader.snapshot(file));
    return new TextCleaner().clean(raw.text());
  }

  /** Parses text that is already in memory (tests, pasted documents). */
  public Speech parseText(String name, String text) {
    return labelled(assembler.assemble(idFor(Path.of(name)), name, text, Map.of(), Map.of()));
  }

  /**
   * A speech id from its file name: the name without extension where it is a safe ASCII token, else
   * a hash of the name. Ids appear in URLs, so they never contain path characters.
   */
  public static String idFor(Path file) {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    if (SAFE_ID.matcher(stem).matches()) return stem;
    try {
      byte[] h = MessageDigest.getInstance("SHA-1").digest(name.getBytes(StandardCharsets.UTF_8));
      return "s" + HexFormat.of().formatHex(h, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is part of every Java runtime", e);
    }
  }
}
