package speechsearch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import speechsearch.export.EngineExport;
import speechsearch.export.EngineTemplate;
import speechsearch.index.GenerationInfo;
import speechsearch.index.IndexLayout;

/** {@code export --format opensearch --out DIR}: the live generation, ready for a cluster. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Export the live index for OpenSearch or Elasticsearch.",
      "Writes DIR/template.json (index template: analyzers and mappings), DIR/"
          + EngineTemplate.SYNONYMS_PATH
          + " (the generation's glossary as synonyms) and DIR/bulk-NNNN.ndjson (every measure,"
          + " section and speech document, for the _bulk API). See README, Scaling out."
    })
final class ExportCommand implements Callable<Integer> {
  /** The engines that read the export (both take the same files); lower case as typed. */
  enum Format {
    opensearch,
    elasticsearch
  }

  @Spec CommandSpec spec;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "opensearch",
      description = "${COMPLETION-CANDIDATES} (the same files; default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      required = true,
      description =
          "Folder to write into (created; earlier bulk files in it are replaced). Nothing is"
              + " written through a symbolic link inside it.")
  Path outDir;

  @Option(
      names = "--index",
      paramLabel = "DIR",
      defaultValue = "${env:SPEECH_SEARCH_INDEX:-index}",
      description =
          "Index root folder (env SPEECH_SEARCH_INDEX; default: ${DEFAULT-VALUE}); its live"
              + " generation is exported.")
  Path index;

  @Option(
      names = "--max-bulk-mb",
      paramLabel = "MB",
      defaultValue = "10",
      description = "Largest bulk file, in MB (default: ${DEFAULT-VALUE}).")
  int maxBulkMb;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    IndexLayout layout = new IndexLayout(index);
    Optional<Path> gen = layout.current();
    if (gen.isEmpty()) {
      err.println("export: there is no live index at " + layout.root());
      err.flush();
      return 1;
    }
    if (outDir.toString().isBlank()) {
      err.println("export: --out is empty: give the folder to write into");
      err.flush();
      return 2;
    }
    if (maxBulkMb < 1) {
      err.println("export: --max-bulk-mb must be 1 or more");
      err.flush();
      return 2;
    }
    EngineExport.Result r = new EngineExport(maxBulkMb * 1_000_000L).export(gen.get(), outDir);
    int expected = GenerationInfo.read(gen.get()).documents();
    out.printf(
        Locale.ROOT,
        "export: %s of %s -> %s (%s)%n",
        gen.get().getFileName(),
        layout.root(),
        outDir.toAbsolutePath().normalize(),
        format);
    out.printf(
        Locale.ROOT,
        "  documents       %d in %d bulk files%n  synonym lines   %d%n",
        r.documents(),
        r.bulkFiles().size(),
        r.synonymLines());
    out.flush();
    if (r.documents() != expected) {
      // a generation is verified at reindex, so a mismatch means the folder changed since
      err.printf(
          Locale.ROOT,
          "export: %d documents read but generation.json records %d%n",
          r.documents(),
          expected);
      err.flush();
      return 1;
    }
    return 0;
  }
}
