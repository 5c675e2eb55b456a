package speechsearch.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import speechsearch.analysis.BigramAnalyzer;
import speechsearch.analysis.Glossary;
import speechsearch.analysis.SpeechAnalyzer;
import speechsearch.analysis.TokenizerChoice;
import speechsearch.index.GenerationInfo;
import speechsearch.index.GenerationTopics;
import speechsearch.index.IndexLayout;
import speechsearch.index.Schema;
import speechsearch.vocabulary.Taxonomy;

/**
 * Owns the live generation: its reader, searcher, facet state and analyzers, built from the
 * glossary stored with it. When the {@code CURRENT} pointer moves (a reindex, an add, a rollback,
 * from this process or another), {@link #refresh} opens the new generation and swaps it in;
 * searches in flight finish on the old one, which closes when the last of them releases it. A
 * generation is known by the id its {@code generation.json} records, not by its folder name.
 *
 * <p>What goes wrong is named rather than thrown at a search: a CURRENT that cannot be read or a
 * generation that cannot be opened leaves the open generation serving and is reported by {@link
 * #problem}; a generation whose files fail their checksums ({@link #verify}, or {@link #diagnose}
 * after a search failed inside Lucene) is marked damaged, and every later {@link #acquire} throws
 * an {@link IndexUnavailableException} that names it.
 */
public final class IndexHandle implements Closeable {
  private static final Logger LOG = LoggerFactory.getLogger(IndexHandle.class);

  /** One open generation. Reference-counted through its reader. */
  public static final class Generation {
    final String name;
    final String id;
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
    final Taxonomy taxonomy; // the one its labels come from
    final FacetsConfig facetsConfig = Schema.facetsConfig();
    final GenerationIntegrity integrity = new GenerationIntegrity();
    final UnitKeys keys;
    // the facet counts of all units of each scope (see SearchService#facets)
    final Map<String, Map<String, java.util.List<SearchResponse.FacetValue>>> facetsOfAll =
        new java.util.concurrent.ConcurrentHashMap<>();

    private Generation(Path dir, GenerationInfo info, TokenizerChoice tokenizer)
        throws IOException {
      this.dir = dir;
      this.name = dir.getFileName().toString();
      this.info = info;
      this.id = idOf(dir, info);
      this.reader = DirectoryReader.open(FSDirectory.open(dir));
      try {
        this.searcher = new IndexSearcher(reader);
        this.similarSearcher = new IndexSearcher(reader);
        similarSearcher.setSimilarity(Similar.SIMILARITY);
        this.facetState = new DefaultSortedSetDocValuesReaderState(reader, facetsConfig);
        this.keys = UnitKeys.of(reader, facetState);
        Path glossaryFile = dir.resolve(Glossary.FILE_NAME);
        Glossary glossary =
            Files.exists(glossaryFile) ? Glossary.load(glossaryFile) : Glossary.bundled();
        this.bigramAnalyzer = new BigramAnalyzer();
        this.queryAnalyzer =
            Schema.BIGRAMS.perField(
                SpeechAnalyzer.create(glossary, SpeechAnalyzer.Mode.QUERY, tokenizer),
                bigramAnalyzer);
        this.indexAnalyzer =
            Schema.BIGRAMS.perField(
                SpeechAnalyzer.create(glossary, SpeechAnalyzer.Mode.INDEX, tokenizer),
                bigramAnalyzer);
        this.taxonomy = GenerationTopics.taxonomy(dir);
      } catch (IOException | RuntimeException e) {
        reader.close();
        throw e;
      }
    }

    public String name() {
      return name;
    }

    /** The id recorded in the generation (or, for one built before ids, its name and time). */
    public String id() {
      return id;
    }

    public GenerationInfo info() {
      return info;
    }
  }

  private final IndexLayout layout;
  private final TokenizerChoice tokenizer;
  private final AtomicReference<Generation> live = new AtomicReference<>();
  private volatile String problem;

  public IndexHandle(IndexLayout layout, TokenizerChoice tokenizer) {
    this.layout = layout;
    this.tokenizer = tokenizer;
  }

  public IndexLayout layout() {
    return layout;
  }

  /**
   * Opens the generation {@code CURRENT} names if it is not the one open; true when it switched.
   * Safe to call often: it reads two small files.
   *
   * @throws IOException when CURRENT cannot be read or its generation cannot be opened; the open
   *     generation, if any, stays open
   */
  public synchronized boolean refresh() throws IOException {
    Optional<Path> current = layout.current();
    if (current.isEmpty()) return false;
    Path dir = current.get();
    Generation open = live.get();
    Generation next;
    try {
      GenerationInfo info = GenerationInfo.read(dir);
      if (open != null && open.dir.equals(dir) && open.id.equals(idOf(dir, info))) return false;
      next = new Generation(dir, info, tokenizer);
    } catch (IOException | RuntimeException e) {
      throw new IOException(
          "CURRENT names " + dir.getFileName() + ", which cannot be opened: " + describe(e), e);
    }
    live.set(next);
    if (open != null) open.reader.decRef();
    return true;
  }

  /**
   * What a server calls every second: {@link #refresh}, without throwing: a failure becomes the
   * {@link #problem} (and one log line when it first appears), and the open generation keeps
   * serving. Then {@link #verifyOpen} is the watcher's next step.
   */
  public void poll() {
    String found = null;
    try {
      refresh();
    } catch (IOException | RuntimeException e) {
      found = describe(e);
    }
    Generation g = live.get();
    if (found != null && g != null) found += "; still serving " + g.name;
    if (found != null && !IndexUnavailableException.withoutPaths(found).equals(problem))
      LOG.error("index: {}", found);
    if (found == null && problem != null) {
      LOG.info("index: the problem is gone; serving {}", g == null ? null : g.name);
    }
    problem = found == null ? null : IndexUnavailableException.withoutPaths(found);
  }

  /**
   * Checks the checksums of the open generation the first time it is seen (a full read of its
   * files: seconds for a million measures, so a server does it on its watcher thread, not before it
   * listens); a damaged generation answers no more searches.
   */
  public void verifyOpen() {
    Generation g = live.get();
    if (g != null) verify(g);
  }

  /** Checks a generation's checksums (once); the damage found, or null. */
  String verify(Generation g) {
    return g.integrity.check(g);
  }

  /**
   * After a search failed inside Lucene: whether the live generation is damaged. Its checksums are
   * checked (once), and a damaged generation answers no more searches.
   *
   * @return the exception to answer with, naming the generation, when it is damaged
   */
  public Optional<IndexUnavailableException> diagnose(Throwable failure) {
    Generation g = live.get();
    if (g == null) return Optional.empty();
    String damage = verify(g);
    return damage == null ? Optional.empty() : Optional.of(damaged(g, damage));
  }

  private static IndexUnavailableException damaged(Generation g, String damage) {
    return new IndexUnavailableException(
        g.name,
        "the index generation "
            + g.name
            + " is damaged ("
            + damage
            + "); run `speech-search check`, then `speech-search recover` or `rollback`");
  }

  /**
   * Why the index cannot be served as CURRENT says, or empty when all is well: a damaged live
   * generation, a CURRENT that cannot be read, or a generation that cannot be opened.
   */
  public Optional<String> problem() {
    Generation g = live.get();
    if (g != null && g.integrity.damage != null)
      return Optional.of(damaged(g, g.integrity.damage).getMessage());
    return Optional.ofNullable(problem);
  }

  /**
   * The live generation, held until {@link #release}.
   *
   * @throws IndexUnavailableException when it is damaged, or when no generation could be opened
   * @throws NoIndexException when there is no index yet
   */
  public Generation acquire() {
    while (true) {
      Generation g = live.get();
      if (g == null) {
        String p = problem;
        if (p != null) throw new IndexUnavailableException(null, p);
        throw new NoIndexException(layout.root());
      }
      if (g.integrity.damage != null) throw damaged(g, g.integrity.damage);
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

  static String idOf(Path dir, GenerationInfo info) {
    return info.id() != null ? info.id() : dir.getFileName() + "@" + info.createdAt();
  }

  /** A message for people: the exception's own, and its cause's where that says more. */
  static String describe(Throwable e) {
    String m = e.getMessage();
    String own = m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    Throwable c = e.getCause();
    if (c != null && c.getMessage() != null && !own.contains(c.getMessage())) {
      return own + " (" + c.getMessage() + ")";
    }
    return own;
  }

  /** There is no index generation to search yet. */
  public static final class NoIndexException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NoIndexException(Path root) {
      super("there is no index at " + root + " yet: run reindex first");
    }
  }
}
