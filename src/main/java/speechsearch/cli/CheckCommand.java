package speechsearch.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import speechsearch.index.IndexCheck;
import speechsearch.index.IndexLayout;

/** {@code check}: Lucene's CheckIndex over the live generation (or every generation). */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Check the live index generation with Lucene's CheckIndex.",
      "Reads every file of the generation and decodes its structures; also checks that the"
          + " generation's record (generation.json) and glossary are there and that the document"
          + " count is the one recorded when it was built. Read-only: safe while a server runs."
          + " Exit code 0 when every generation checked is sound, 1 otherwise."
    })
final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin IndexOptions options;

  @Option(
      names = "--all",
      description = "Check every generation folder, not only the live one (works without CURRENT).")
  boolean all;

  @Option(
      names = "--fast",
      description = "Verify the files' checksums only (every byte is still read).")
  boolean fast;

  @Option(names = "--verbose", description = "Print CheckIndex's own report as well.")
  boolean verbose;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    IndexLayout layout = new IndexLayout(options.index);
    List<Path> gens = new ArrayList<>();
    if (all) {
      gens.addAll(layout.generations());
    } else {
      layout.current().ifPresent(gens::add);
    }
    if (gens.isEmpty()) {
      spec.commandLine()
          .getErr()
          .println("check: there is no index generation in " + layout.root());
      spec.commandLine().getErr().flush();
      return 1;
    }
    out.printf("check: %s, %s%n", layout.root(), all ? "every generation" : "the live generation");
    boolean sound = true;
    for (Path gen : gens) {
      ByteArrayOutputStream details = new ByteArrayOutputStream();
      IndexCheck.Result r =
          IndexCheck.check(
              gen, fast, verbose ? new PrintStream(details, true, StandardCharsets.UTF_8) : null);
      if (verbose) out.print(details.toString(StandardCharsets.UTF_8));
      print(out, r);
      sound &= r.clean();
    }
    out.println(
        sound
            ? "check: sound"
            : "check: DAMAGED. Run `speech-search recover` to make the newest sound generation"
                + " live, or `speech-search rollback`; or rebuild with `reindex`.");
    out.flush();
    return sound ? 0 : 1;
  }

  /** One line per generation (name, verdict, size, time), then its problems. */
  static void print(PrintWriter out, IndexCheck.Result r) {
    out.printf(
        Locale.ROOT,
        "  %s: %s (%s%d segments, %.1f MB, %.1f s)%n",
        r.name(),
        r.clean() ? "clean" : "DAMAGED",
        r.clean() ? r.documents() + " documents, " : "",
        r.segments(),
        r.megabytes(),
        r.seconds());
    for (String p : r.problems()) out.printf("    %s%n", p);
    out.flush();
  }
}
