package vn.vanthu.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code vanthu} command line. */
@Command(name = "vanthu", mixinStandardHelpOptions = true, version = "vanthu 0.1.0",
        description = "Kho lưu trữ và tra cứu văn bản HĐND/UBND — document archive and full-text search.",
        subcommands = {IngestCommand.class, ServeCommand.class, SearchCommand.class, ReindexCommand.class,
                TraceCommand.class, FailuresCommand.class, EvalCommand.class, MissingCommand.class,
                CheckCommand.class, VerifyCommand.class, BackupCommand.class, RestoreCommand.class,
                TokenCommand.class, AuditCommand.class, CorrectCommand.class, AccessCommand.class, OcrCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("vanthu: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return 1;
        });
        return cl;
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
