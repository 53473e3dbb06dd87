package io.ccmm.cli;

import io.ccmm.protect.ProtectedCopies;
import io.ccmm.protect.ProtectionException;
import java.io.Console;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "protect",
        mixinStandardHelpOptions = true,
        description = "Write a password-protected copy of an assessment file for mailing (AES-256-GCM, Argon2id)."
                + " The password is asked for twice in the terminal, or taken from the environment variable "
                + ProtectCommand.PASSWORD_VARIABLE + " for scripts; never from the command line.")
final class ProtectCommand implements Callable<Integer> {

    /** The environment variable a script sets instead of typing the password. */
    static final String PASSWORD_VARIABLE = "CCMM_PASSWORD";

    /** Where passwords come from; tests put their own in place. */
    interface Terminal {
        Optional<String> environment(String name);

        /** The typed password, or empty when there is no terminal to ask (or it was closed). */
        Optional<char[]> readPassword(String prompt);

        Terminal SYSTEM = new Terminal() {
            @Override
            public Optional<String> environment(String name) {
                return Optional.ofNullable(System.getenv(name));
            }

            @Override
            public Optional<char[]> readPassword(String prompt) {
                Console console = System.console();
                return console == null ? Optional.empty() : Optional.ofNullable(console.readPassword("%s ", prompt));
            }
        };
    }

    static volatile Terminal terminal = Terminal.SYSTEM;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE.ccmm", description = "the assessment file to protect")
    Path input;

    @Option(names = "-o", required = true, paramLabel = "FILE.ccmmx", description = "the protected copy to write")
    Path output;

    @Mixin
    ReplaceOutput options;

    @Override
    public Integer call() {
        CliText text = options.text();
        try {
            // The file and the output are checked before anyone types a password.
            ProtectedCopies.checkAssessmentFile(input);
            ProtectedCopies.checkOutput(input, output, options.force);
            char[] password = password(text, true, input);
            try {
                ProtectedCopies.protect(input, output, password, options.force);
            } finally {
                Arrays.fill(password, '\0');
            }
        } catch (ProtectionException e) {
            throw refusal(text, e, false);
        }
        spec.commandLine().getOut().println(text.format("protect.done", output.toString(), size(output)));
        return Cli.OK;
    }

    /** The password from the environment or the terminal (asked twice when {@code confirm}); never empty. */
    static char[] password(CliText text, boolean confirm, Path file) {
        Optional<String> fromEnvironment = terminal.environment(PASSWORD_VARIABLE);
        if (fromEnvironment.isPresent()) {
            if (fromEnvironment.get().isEmpty()) {
                throw new BadInputException(text.format("protect.error.emptyVariable", PASSWORD_VARIABLE));
            }
            return fromEnvironment.get().toCharArray();
        }
        String prompt = confirm ? text.get("protect.prompt") : text.format("unprotect.prompt", file.toString());
        char[] first = terminal.readPassword(prompt)
                .orElseThrow(() -> new BadInputException(text.format("protect.error.noPassword", PASSWORD_VARIABLE)));
        if (first.length == 0) {
            throw new BadInputException(text.get("protect.error.EMPTY_PASSWORD"));
        }
        if (confirm) {
            char[] second =
                    terminal.readPassword(text.get("protect.prompt.again")).orElse(new char[0]);
            boolean same = Arrays.equals(first, second);
            Arrays.fill(second, '\0');
            if (!same) {
                Arrays.fill(first, '\0');
                throw new BadInputException(text.get("protect.error.mismatch"));
            }
        }
        return first;
    }

    /** The refusal in the user's words; exit code 2 in every case, since nothing was written. */
    static BadInputException refusal(CliText text, ProtectionException e, boolean opening) {
        String key = "protect.error." + e.reason().name();
        if (opening && e.reason() == ProtectionException.Reason.NOT_AN_ASSESSMENT) {
            key = "unprotect.error.NOT_AN_ASSESSMENT";
        }
        return new BadInputException(text.format(key, e.arguments().toArray()), e);
    }

    static String size(Path file) {
        try {
            return String.format(Locale.ROOT, "%,d", Files.size(file));
        } catch (java.io.IOException e) {
            return "?";
        }
    }
}
