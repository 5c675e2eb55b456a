package speechsearch.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import speechsearch.analysis.TokenizerChoice;

/** Options every index command shares. */
final class IndexOptions {
  @Option(
      names = "--index",
      paramLabel = "DIR",
      defaultValue = "${env:SPEECH_SEARCH_INDEX:-index}",
      description =
          "Index root folder (env SPEECH_SEARCH_INDEX; default: ${DEFAULT-VALUE}, relative to the"
              + " working directory).")
  Path index;

  @Option(
      names = "--tokenizer",
      paramLabel = "NAME",
      defaultValue = "${env:SPEECH_SEARCH_TOKENIZER:-FAST}",
      description =
          "SmartCN segmenter: ${COMPLETION-CANDIDATES} (env SPEECH_SEARCH_TOKENIZER; default:"
              + " ${DEFAULT-VALUE}).")
  TokenizerChoice tokenizer;
}
