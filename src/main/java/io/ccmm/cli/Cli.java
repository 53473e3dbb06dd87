package io.ccmm.cli;

import io.ccmm.ProductInfo;
import io.ccmm.catalog.Language;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine;

/** Entry point of the headless commands; the only place that prints to stdout and stderr. */
public final class Cli {

    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int BAD_INPUT = 2;

    private static final Set<String> OPTIONS = Set.of("--version", "-V", "--help", "-h");

    private Cli() {}

    /** True when the arguments ask for a headless command; otherwise the window opens (maybe with a file). */
    public static boolean isCommand(String[] args) {
        if (args.length == 0) {
            return false;
        }
        CommandLine cl = commandLine(new PrintWriter(System.out), new PrintWriter(System.err));
        return OPTIONS.contains(args[0]) || cl.getSubcommands().containsKey(args[0]);
    }

    public static int run(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        return run(args, out, err);
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        try {
            return commandLine(out, err).execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new CcmmCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof BadInputException) {
                commandLine.getErr().println("ccmm: " + ex.getMessage());
                return BAD_INPUT;
            }
            commandLine.getErr().println("ccmm: unexpected failure: " + ex);
            return FAILURE;
        });
        return cl;
    }

    /** The language named by a {@code --lang} value, or a bad-input error listing the choices. */
    static Language language(String code) {
        return Language.fromCode(code)
                .orElseThrow(() -> new BadInputException("--lang: \"" + code + "\" is not one of "
                        + Arrays.stream(Language.values()).map(Language::code).collect(Collectors.joining(", "))));
    }

    static String version() {
        ProductInfo info = ProductInfo.current();
        return info.name() + " " + info.version();
    }
}
