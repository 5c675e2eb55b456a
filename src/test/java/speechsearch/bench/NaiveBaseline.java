package speechsearch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import speechsearch.ingest.SpeechIngester;
import speechsearch.ingest.read.DocumentReader;
import speechsearch.speech.Speech;

/**
 * The naive baseline every search-quality figure is compared with: stock {@link
 * SmartChineseAnalyzer} (with its Porter stemmer) over ~300-character chunks of each speech's
 * cleaned text (the product's ingest: preamble + unit texts + closing, cut at sentence ends near
 * 300 characters), classic {@link QueryParser} with its default OR operator, BM25. Year and
 * province filters come from the parsed speech (which takes them from MANIFEST.tsv where there is
 * one).
 */
final class NaiveBaseline implements AutoCloseable {
  static final int CHUNK = 300;

  /** One chunk found, with the speech it was cut from. */
  record Hit(String speechId, String text) {}

  private final Analyzer analyzer;
  private final Directory dir;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final int chunks;

  private NaiveBaseline(Analyzer analyzer, Directory dir, int chunks) throws IOException {
    this.analyzer = analyzer;
    this.dir = dir;
    this.reader = DirectoryReader.open(dir);
    this.searcher = new IndexSearcher(reader);
    this.chunks = chunks;
  }

  /** Every speech of the sources, parsed by the product's ingest. */
  static List<Speech> ingest(List<Path> sources) throws IOException {
    SpeechIngester ingester = SpeechIngester.withDefaults();
    List<Speech> out = new ArrayList<>();
    for (Path f : DocumentReader.listInputs(sources)) out.add(ingester.ingest(f));
    return out;
  }

  /** Chunks and indexes every speech into a new folder {@code into}. */
  static NaiveBaseline build(List<Speech> speeches, Path into) throws IOException {
    SmartChineseAnalyzer analyzer = new SmartChineseAnalyzer();
    Directory dir = FSDirectory.open(Files.createDirectories(into));
    int n = 0;
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
      for (Speech s : speeches) {
        for (String chunk : chunks(fullText(s))) {
          Document d = new Document();
          d.add(new TextField("text", chunk, Field.Store.YES));
          d.add(new StringField("speech", s.id(), Field.Store.YES));
          if (s.year() != null) d.add(new IntPoint("year", s.year()));
          if (s.region().province() != null) {
            d.add(new StringField("province", s.region().province(), Field.Store.NO));
          }
          w.addDocument(d);
          n++;
        }
      }
    }
    return new NaiveBaseline(analyzer, dir, n);
  }

  int chunks() {
    return chunks;
  }

  /**
   * The top {@code k} chunks for a query in QueryParser syntax ({@code escape} for a draft's plain
   * text), filtered by year and province where given.
   */
  List<Hit> search(String query, boolean escape, Integer year, String province, int k)
      throws IOException, ParseException {
    QueryParser parser = new QueryParser("text", analyzer);
    BooleanQuery.Builder b =
        new BooleanQuery.Builder()
            .add(parser.parse(escape ? QueryParser.escape(query) : query), Occur.MUST);
    if (year != null) b.add(IntPoint.newExactQuery("year", year), Occur.FILTER);
    if (province != null) b.add(new TermQuery(new Term("province", province)), Occur.FILTER);
    StoredFields stored = searcher.storedFields();
    List<Hit> hits = new ArrayList<>();
    for (ScoreDoc sd : searcher.search(b.build(), k).scoreDocs) {
      Document d = stored.document(sd.doc);
      hits.add(new Hit(d.get("speech"), d.get("text")));
    }
    return hits;
  }

  @Override
  public void close() throws IOException {
    try (analyzer;
        dir;
        reader) {
      // closes all three, reader first
    }
  }

  /** Preamble, every unit's text and tail in reading order, closing, appendix: the body once. */
  static String fullText(Speech s) {
    StringBuilder b = new StringBuilder();
    for (String t : s.texts()) if (t != null && !t.isEmpty()) b.append(t).append('\n');
    return b.toString();
  }

  /** Sentences (ending 。！？!? or a line end) gathered into chunks of about {@link #CHUNK}. */
  static List<String> chunks(String text) {
    List<String> sentences = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '。' || c == '！' || c == '？' || c == '!' || c == '?' || c == '\n') {
        sentences.add(text.substring(start, i + 1));
        start = i + 1;
      }
    }
    if (start < text.length()) sentences.add(text.substring(start));
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (String s : sentences) {
      // cut before a sentence that would take the chunk further past 300 than stopping short of it
      if (cur.length() > 0 && cur.length() + s.length() - CHUNK > CHUNK - cur.length()) {
        flush(out, cur);
      }
      cur.append(s);
      while (cur.length() >= 2 * CHUNK) { // one very long sentence: cut it hard
        out.add(cur.substring(0, CHUNK));
        cur.delete(0, CHUNK);
      }
    }
    flush(out, cur);
    return out;
  }

  private static void flush(List<String> out, StringBuilder cur) {
    String c = cur.toString().strip();
    if (!c.isEmpty()) out.add(c);
    cur.setLength(0);
  }
}
