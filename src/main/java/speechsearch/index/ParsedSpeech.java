package speechsearch.index;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import speechsearch.ingest.SpeechIngester;
import speechsearch.speech.Speech;

/**
 * A parsed file with what the later phases of a reindex need of it, computed in the parallel parse:
 * its source key (see {@link SpeechIngester.Source}), duplicate fingerprint and quoted glossary
 * candidates.
 */
record ParsedSpeech(
    Path file,
    Speech speech,
    String sourceKey,
    long bytes,
    List<String> sources,
    long[] shingles,
    Set<String> quoted) {
  ParsedSpeech(Path file, Speech speech, String sourceKey, long bytes, List<String> sources) {
    this(
        file,
        speech,
        sourceKey,
        bytes,
        sources,
        Duplicates.shingles(speech),
        GlossaryMiner.quoted(speech));
  }

  ParsedSpeech withSources(List<String> all) {
    return new ParsedSpeech(file, speech, sourceKey, bytes, all, shingles, quoted);
  }
}
