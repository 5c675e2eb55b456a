package speechsearch.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: {@code speech-search <command>}. */
@Command(
    name = "speech-search",
    mixinStandardHelpOptions = true,
    version = "speech-search 0.1.0",
    description = "Search engine for Chinese policy speeches.",
    footerHeading = "%nLauncher environment (bin/speech-search):%n",
    footer = {
      "  SPEECH_SEARCH_JAVA      java binary (else JAVA_HOME, PATH, /usr/lib/jvm/*)",
      "  SPEECH_SEARCH_HEAP      maximum heap: a size (2g) or a share of memory (60%%)",
      "  JAVA_OPTS               more JVM options",
      "  SPEECH_SEARCH_NO_BUILD  1: never rebuild the jar when sources are newer",
      "Each command's --help names the environment variables of its options."
    },
    subcommands = {
      ParseCommand.class,
      ReindexCommand.class,
      AddCommand.class,
      RemoveCommand.class,
      RollbackCommand.class,
      RecoverCommand.class,
      CheckCommand.class,
      SearchCommand.class,
      ServeCommand.class,
      ExportCommand.class,
      TopicsCommand.class
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /**
   * Held so the setting stays: Lucene notes through java.util.logging that it runs without SIMD.
   */
  private static final java.util.logging.Logger LUCENE_VECTOR_LOG =
      java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

  public static void main(String[] args) {
    LUCENE_VECTOR_LOG.setLevel(java.util.logging.Level.SEVERE);
    System.exit(commandLine().execute(args));
  }

  /**
   * The command line with its error handling, for running commands without exiting: public for a
   * driver that runs many commands in one JVM (the cluster test runs its 60 searches so).
   */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    cl.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          cmd.getErr()
              .println(cmd.getCommandName() + ": " + Errors.report(cmd.getCommandName(), e));
          cmd.getErr().flush();
          return 1;
        });
    return cl;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
