package speechsearch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import speechsearch.speech.Speech;
import speechsearch.speech.Unit;

/**
 * The comparable collection's third pooling system, unlike both others in what it indexes and how
 * it cuts words: every measure the product's parse finds, one document each, as Lucene's stock CJK
 * bigrams ({@link CJKAnalyzer}), searched with each distinct bigram of the query text as one OR
 * clause, BM25.
 */
final class MeasureBigrams implements AutoCloseable {
  private static final int MAX_CLAUSES = 1000;

  private final Analyzer analyzer = new CJKAnalyzer();
  private final Directory dir;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;

  MeasureBigrams(List<Speech> speeches, Path into) throws IOException {
    dir = FSDirectory.open(Files.createDirectories(into));
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
      for (Speech s : speeches) {
        for (Unit u : ComparableCollection.units(s)) {
          if (!Unit.MEASURE.equals(u.kind()) || u.text() == null) continue;
          Document d = new Document();
          d.add(new TextField("text", u.text(), Field.Store.YES));
          d.add(new StringField("speech", s.id(), Field.Store.YES));
          w.addDocument(d);
        }
      }
    }
    reader = DirectoryReader.open(dir);
    searcher = new IndexSearcher(reader);
  }

  int measures() {
    return reader.numDocs();
  }

  List<NaiveBaseline.Hit> search(String text, int k) throws IOException {
    Set<String> terms = new LinkedHashSet<>();
    try (TokenStream ts = analyzer.tokenStream("text", text)) {
      CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken() && terms.size() < MAX_CLAUSES) terms.add(t.toString());
      ts.end();
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String t : terms) b.add(new TermQuery(new Term("text", t)), Occur.SHOULD);
    StoredFields stored = searcher.storedFields();
    List<NaiveBaseline.Hit> hits = new ArrayList<>();
    for (ScoreDoc sd : searcher.search(b.build(), k).scoreDocs) {
      Document d = stored.document(sd.doc);
      hits.add(new NaiveBaseline.Hit(d.get("speech"), d.get("text")));
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
}
