package speechsearch.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import speechsearch.ingest.SpeechIngester;
import speechsearch.speech.Speech;

/**
 * A parsed file with what the later phases of a reindex need of it, computed in the parallel parse:
 * its source key (see {@link SpeechIngester.Source}), the facts of its tree, its duplicate
 * fingerprint and quoted glossary candidates, and where the tree itself waits to be indexed.
 */
record ParsedSpeech(
    Path file,
    SpeechFacts facts,
    ParsedTree tree,
    String sourceKey,
    long bytes,
    List<String> sources,
    long[] shingles,
    Set<String> quoted) {

  /** A speech whose tree stays in memory. */
  ParsedSpeech(Path file, Speech speech, String sourceKey, long bytes, List<String> sources) {
    this(file, speech, new ParsedTree.Held(speech), sourceKey, bytes, sources);
  }

  private ParsedSpeech(
      Path file,
      Speech speech,
      ParsedTree tree,
      String sourceKey,
      long bytes,
      List<String> sources) {
    this(
        file,
        SpeechFacts.of(speech),
        tree,
        sourceKey,
        bytes,
        sources,
        Duplicates.shingles(speech),
        GlossaryMiner.quoted(speech));
  }

  /** A speech whose tree is put in {@code trees} once its facts are taken. */
  static ParsedSpeech of(
      Path file,
      Speech speech,
      String sourceKey,
      long bytes,
      List<String> sources,
      ParsedTree.Store trees)
      throws IOException {
    return new ParsedSpeech(file, speech, trees.put(speech), sourceKey, bytes, sources);
  }

  String id() {
    return facts.id();
  }

  Integer year() {
    return facts.year();
  }

  ParsedSpeech withSources(List<String> all) {
    return new ParsedSpeech(file, facts, tree, sourceKey, bytes, all, shingles, quoted);
  }
}
