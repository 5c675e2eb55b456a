package speechsearch.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import speechsearch.analysis.BigramAnalyzer;
import speechsearch.analysis.Glossary;
import speechsearch.analysis.SpeechAnalyzer;
import speechsearch.analysis.TokenizerChoice;
import speechsearch.index.GenerationInfo;
import speechsearch.index.IndexLayout;
import speechsearch.index.Schema;

/**
 * Owns the live generation: its reader, searcher, facet state and analyzers, built from the
 * glossary stored with it. When the {@code CURRENT} pointer moves (a reindex, an add, a rollback,
 * from this process or another), {@link #refresh} opens the new generation and swaps it in;
 * searches in flight finish on the old one, which closes when the last of them releases it.
 */
public final class IndexHandle implements Closeable {

  /** One open generation. Reference-counted through its reader. */
  public static final class Generation {
    final String name;
    final Path dir;
    final DirectoryReader reader;
    final IndexSearcher searcher;
    // for similar measures: weaker length normalisation, see Similar
    final IndexSearcher similarSearcher;
    final SortedSetDocValuesReaderState facetState;
    final Analyzer queryAnalyzer;
    final Analyzer indexAnalyzer;
    final Analyzer bigramAnalyzer;
    final GenerationInfo info;
    final FacetsConfig facetsConfig = Schema.facetsConfig();

    private Generation(Path dir, TokenizerChoice tokenizer) throws IOException {
      this.dir = dir;
      this.name = dir.getFileName().toString();
      this.reader = DirectoryReader.open(FSDirectory.open(dir));
      this.searcher = new IndexSearcher(reader);
      this.similarSearcher = new IndexSearcher(reader);
      similarSearcher.setSimilarity(Similar.SIMILARITY);
      this.facetState = new DefaultSortedSetDocValuesReaderState(reader, facetsConfig);
      Path glossaryFile = dir.resolve(Glossary.FILE_NAME);
      Glossary glossary =
          Files.exists(glossaryFile) ? Glossary.load(glossaryFile) : Glossary.bundled();
      this.bigramAnalyzer = new BigramAnalyzer();
      this.queryAnalyzer =
          new PerFieldAnalyzerWrapper(
              SpeechAnalyzer.create(glossary, SpeechAnalyzer.Mode.QUERY, tokenizer),
              Map.of(Schema.TEXT_BIGRAM, bigramAnalyzer));
      this.indexAnalyzer =
          new PerFieldAnalyzerWrapper(
              SpeechAnalyzer.create(glossary, SpeechAnalyzer.Mode.INDEX, tokenizer),
              Map.of(Schema.TEXT_BIGRAM, bigramAnalyzer));
      this.info = GenerationInfo.read(dir);
    }

    public String name() {
      return name;
    }

    public GenerationInfo info() {
      return info;
    }
  }

  private final IndexLayout layout;
  private final TokenizerChoice tokenizer;
  private final AtomicReference<Generation> live = new AtomicReference<>();

  public IndexHandle(IndexLayout layout, TokenizerChoice tokenizer) {
    this.layout = layout;
    this.tokenizer = tokenizer;
  }

  public IndexLayout layout() {
    return layout;
  }

  /**
   * Opens the generation {@code CURRENT} names if it is not the one open; true when it switched.
   * Safe to call often: it reads one small file.
   */
  public synchronized boolean refresh() throws IOException {
    Optional<Path> current = layout.current();
    Generation open = live.get();
    if (current.isEmpty()) return false;
    if (open != null && open.dir.equals(current.get())) return false;
    Generation next = new Generation(current.get(), tokenizer);
    live.set(next);
    if (open != null) open.reader.decRef();
    return true;
  }

  /** The live generation, held until {@link #release}; throws when there is no index. */
  public Generation acquire() {
    while (true) {
      Generation g = live.get();
      if (g == null) throw new NoIndexException(layout.root());
      if (g.reader.tryIncRef()) return g;
    }
  }

  public void release(Generation g) {
    try {
      g.reader.decRef();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("closing an old index generation failed", e);
    }
  }

  public boolean isOpen() {
    return live.get() != null;
  }

  @Override
  public synchronized void close() throws IOException {
    Generation g = live.getAndSet(null);
    if (g != null) g.reader.decRef();
  }

  /** There is no index generation to search yet. */
  public static final class NoIndexException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NoIndexException(Path root) {
      super("there is no index at " + root + " yet: run reindex first");
    }
  }
}
