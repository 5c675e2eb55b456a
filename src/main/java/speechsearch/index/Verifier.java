package speechsearch.index;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import speechsearch.analysis.Glossary;
import speechsearch.analysis.SpeechAnalyzer;
import speechsearch.analysis.TokenizerChoice;

/**
 * Checks a freshly built generation before it goes live: the document counts it was meant to have,
 * and a probe query, built from a stored measure's text with the query analyzer, that must find
 * that measure.
 */
final class Verifier {
  private Verifier() {}

  static void verify(
      Directory dir, GenerationInfo info, Glossary glossary, TokenizerChoice tokenizer)
      throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(dir);
        Analyzer query = SpeechAnalyzer.create(glossary, SpeechAnalyzer.Mode.QUERY, tokenizer)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      if (reader.numDocs() != info.documents()) {
        throw new IOException(
            "verification failed: "
                + reader.numDocs()
                + " documents, expected "
                + info.documents());
      }
      int speeches = searcher.count(new TermQuery(new Term(Schema.KIND, Schema.KIND_SPEECH)));
      if (speeches != info.speeches()) {
        throw new IOException(
            "verification failed: " + speeches + " speeches, expected " + info.speeches());
      }
      ScoreDoc[] measures =
          searcher.search(new TermQuery(new Term(Schema.KIND, Schema.KIND_MEASURE)), 1).scoreDocs;
      if (measures.length == 0) return; // an index of speeches without any text units
      StoredFields stored = searcher.storedFields();
      String id = stored.document(measures[0].doc).get(Schema.ID);
      String text = stored.document(measures[0].doc).get(Schema.TEXT);
      List<String> tokens =
          SpeechAnalyzer.tokens(query, text.substring(0, Math.min(30, text.length())));
      BooleanQuery.Builder probe = new BooleanQuery.Builder();
      for (String t : tokens.subList(0, Math.min(tokens.size(), 8))) {
        probe.add(new TermQuery(new Term(Schema.TEXT, t)), BooleanClause.Occur.SHOULD);
      }
      probe.add(new TermQuery(new Term(Schema.ID, id)), BooleanClause.Occur.FILTER);
      if (!tokens.isEmpty() && searcher.count(probe.build()) != 1) {
        throw new IOException("verification failed: the probe query does not find measure " + id);
      }
    }
  }
}
