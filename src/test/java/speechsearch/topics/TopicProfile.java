package speechsearch.topics;

import java.nio.file.Path;
import java.util.List;
import speechsearch.ingest.topic.TopicClassifier;
import speechsearch.speech.Speech;

/** Labels the parsed corpus over and over, for a profiler. A development tool. */
public final class TopicProfile {
  public static void main(String[] args) throws Exception {
    List<Speech> speeches = LabelledCorpus.parse(List.of(Path.of("../shared/corpus")));
    TopicClassifier c = TopicClassifier.bundled();
    for (int round = 0; round < Integer.parseInt(args[0]); round++) {
      long t0 = System.nanoTime();
      speeches.forEach(c::label);
      System.out.printf("round %d: %.3f s%n", round, (System.nanoTime() - t0) / 1e9);
    }
  }
}
