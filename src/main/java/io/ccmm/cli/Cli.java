package io.ccmm.cli;

import io.ccmm.ProductInfo;
import io.ccmm.catalog.Language;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/** Entry point of the headless commands; the only place that prints to stdout and stderr. */
public final class Cli {

    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int BAD_INPUT = 2;

    private static final Set<String> OPTIONS = Set.of("--version", "-V", "--help", "-h");

    /**
     * Built once per thread and reused (picocli resets every option before it parses): building the model from the
     * annotations costs more than reading most assessments.
     */
    private static final ThreadLocal<CommandLine> COMMAND_LINE = ThreadLocal.withInitial(Cli::build);

    private Cli() {}

    /** True when the arguments ask for a headless command; otherwise the window opens (maybe with a file). */
    public static boolean isCommand(String[] args) {
        if (args.length == 0) {
            return false;
        }
        return OPTIONS.contains(args[0]) || commands().contains(args[0]);
    }

    /** The names of the headless commands, as {@code ccmm --help} lists them. */
    public static List<String> commands() {
        return List.copyOf(COMMAND_LINE.get().getSubcommands().keySet());
    }

    public static int run(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        return run(args, out, err);
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        try {
            CommandLine cl = commandLine(out, err);
            cl.setResourceBundle(helpBundle(language(args)));
            return cl.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /**
     * For arguments that are neither a command nor files to open (a mistyped command): says so in the user's words with
     * the list of commands, and returns the exit code of bad usage.
     */
    public static int usageError(String[] args, PrintWriter err) {
        CliText text = new CliText(defaultLanguage());
        String unknown =
                Arrays.stream(args).filter(a -> !a.startsWith("-")).findFirst().orElse(String.join(" ", args));
        err.println("ccmm: " + text.format("usage.notACommand", unknown));
        err.println(text.format("usage.commands", String.join(", ", commands())));
        err.flush();
        return BAD_INPUT;
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = COMMAND_LINE.get();
        cl.setOut(out);
        cl.setErr(err);
        return cl;
    }

    private static CommandLine build() {
        CommandLine cl = new CommandLine(new CcmmCommand());
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            CliText text = new CliText(language(parseResult));
            if (ex instanceof BadInputException bad) {
                commandLine.getErr().println("ccmm: " + bad.describe(text));
                return BAD_INPUT;
            }
            commandLine.getErr().println("ccmm: " + text.get("error.unexpected"));
            if (Boolean.getBoolean("ccmm.debug")) {
                ex.printStackTrace(commandLine.getErr()); // details for a bug report, only when asked for
            }
            return FAILURE;
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            CliText text = new CliText(language(args));
            CommandLine where = ex.getCommandLine();
            String problem = ex instanceof CommandLine.UnmatchedArgumentException unmatched
                    ? text.format(
                            where.getSubcommands().isEmpty() ? "usage.unknownArgument" : "usage.unknownCommand",
                            String.join(" ", unmatched.getUnmatched()))
                    : ex instanceof CommandLine.MissingParameterException missing
                            ? text.format(
                                    "usage.missing",
                                    missing.getMissing().stream()
                                            .map(a -> a instanceof CommandLine.Model.OptionSpec o
                                                    ? o.longestName()
                                                    : a.paramLabel())
                                            .collect(Collectors.joining(", ")))
                            : text.format("usage.bad", ex.getMessage());
            where.getErr().println("ccmm: " + problem);
            if (!where.getSubcommands().isEmpty()) {
                where.getErr()
                        .println(text.format(
                                "usage.commands",
                                String.join(", ", where.getSubcommands().keySet())));
            } else {
                where.getErr()
                        .println(
                                text.format("usage.help", where.getCommandSpec().qualifiedName()));
            }
            return BAD_INPUT;
        });
        return cl;
    }

    /** The language of the messages: {@code --lang} of the command when it names one, else the system's. */
    static Language language(ParseResult parseResult) {
        for (ParseResult p = parseResult; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--lang")) {
                String code = p.matchedOptionValue("--lang", "");
                return Language.fromCode(code).orElse(defaultLanguage());
            }
        }
        return defaultLanguage();
    }

    private static Language language(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang") && i + 1 < args.length) {
                return Language.fromCode(args[i + 1]).orElse(defaultLanguage());
            }
            if (args[i].startsWith("--lang=")) {
                return Language.fromCode(args[i].substring("--lang=".length())).orElse(defaultLanguage());
            }
        }
        return defaultLanguage();
    }

    /** The language of a command without {@code --lang}: the system's, as the window and the score table choose. */
    static Language defaultLanguage() {
        return Language.forLocale(Locale.getDefault());
    }

    /** The language named by a {@code --lang} value, or a bad-input error listing the choices. */
    static Language language(String code) {
        return Language.fromCode(code)
                .orElseThrow(() -> BadInputException.of(
                        "lang",
                        code,
                        Arrays.stream(Language.values()).map(Language::code).collect(Collectors.joining(", "))));
    }

    static String version() {
        ProductInfo info = ProductInfo.current();
        return info.name() + " " + info.version();
    }

    /** The usage help in the user's language ({@code i18n/cli-help*.properties}); English comes from the annotations. */
    static java.util.ResourceBundle helpBundle(Language language) {
        return java.util.ResourceBundle.getBundle(
                "i18n.cli-help",
                language.locale(),
                Cli.class.getClassLoader(),
                java.util.ResourceBundle.Control.getNoFallbackControl(
                        java.util.ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
