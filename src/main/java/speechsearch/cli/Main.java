package speechsearch.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: {@code speech-search <command>}. */
@Command(
    name = "speech-search",
    mixinStandardHelpOptions = true,
    version = "speech-search 0.1.0",
    description = "Search engine for Chinese policy speeches.",
    subcommands = {ParseCommand.class})
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  static CommandLine commandLine() {
    return new CommandLine(new Main());
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
