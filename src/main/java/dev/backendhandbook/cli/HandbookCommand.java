package dev.backendhandbook.cli;

import picocli.CommandLine.Command;

/** The top command, which only groups the subcommands. */
@Command(
    name = "handbook",
    mixinStandardHelpOptions = true,
    version = "handbook " + HandbookCommand.VERSION,
    description = "Bakes, checks and previews the Back-End Handbook.",
    subcommands = {BakeCommand.class, CheckCommand.class, ServeCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:no errors", "1:errors found", "2:wrong usage or unreadable input"})
final class HandbookCommand implements Runnable {
  static final String VERSION = "1.0.0";

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(
        spec.commandLine(), "name a command: bake, check or serve");
  }
}
