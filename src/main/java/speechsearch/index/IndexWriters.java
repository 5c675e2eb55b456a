package speechsearch.index;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import speechsearch.analysis.BigramAnalyzer;
import speechsearch.analysis.Glossary;
import speechsearch.analysis.SpeechAnalyzer;
import speechsearch.analysis.TokenizerChoice;
import speechsearch.ingest.SpeechJson;
import speechsearch.speech.Speech;

/** Index writer configuration and the adding of one speech's documents. */
public final class IndexWriters {
  private static final FacetsConfig FACETS = Schema.facetsConfig();

  private IndexWriters() {}

  /** Index-time analysis: SmartCN with glossary rejoin, bigrams for the recall field. */
  public static Analyzer indexAnalyzer(Glossary glossary, TokenizerChoice tokenizer) {
    return Schema.BIGRAMS.perField(
        SpeechAnalyzer.create(glossary, SpeechAnalyzer.Mode.INDEX, tokenizer),
        new BigramAnalyzer());
  }

  static IndexWriterConfig config(Glossary glossary, TokenizerChoice tokenizer) {
    IndexWriterConfig c = new IndexWriterConfig(indexAnalyzer(glossary, tokenizer));
    c.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    // A large buffer: each indexing thread ends with one segment of its own, which it flushes
    // itself (see Reindexer), so the term dictionaries (the bigram field's is large) are written
    // once rather than once per small segment.
    c.setRAMBufferSizeMB(ramBufferMB(Runtime.getRuntime().maxMemory()));
    // flushed segments stay as separate files: packing them into a compound file copies them all
    c.setUseCompoundFile(false);
    return c;
  }

  /** The indexing buffer for a heap of this size: an eighth of it, from 32 to 128 MB. */
  static double ramBufferMB(long maxHeapBytes) {
    return Math.max(32, Math.min(128, maxHeapBytes / 8 / (1024 * 1024)));
  }

  /**
   * Adds a speech's documents, as one block unless the speech is freakishly long (see {@link
   * SpeechDocuments#BATCH}); returns how many. Visibility comes with the commit either way.
   */
  static int add(IndexWriter writer, Speech speech, List<String> sources, String sourceKey)
      throws IOException {
    return add(writer, speech, SpeechJson.compact(speech), sources, sourceKey);
  }

  /** As above, with the speech's compact JSON made already (a tree read back from disk). */
  static int add(
      IndexWriter writer, Speech speech, String json, List<String> sources, String sourceKey)
      throws IOException {
    return SpeechDocuments.of(
        speech,
        json,
        sources,
        sourceKey,
        writer.getAnalyzer(),
        batch -> {
          for (int i = 0; i < batch.size(); i++) batch.set(i, FACETS.build(batch.get(i)));
          writer.addDocuments(batch);
        });
  }
}
