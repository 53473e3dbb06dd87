package io.ccmm.cli;

import io.ccmm.protect.ProtectedCopies;
import io.ccmm.protect.ProtectionException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "unprotect",
        mixinStandardHelpOptions = true,
        description = "Open a password-protected copy (.ccmmx) into an assessment file. The password is asked for in"
                + " the terminal, or taken from the environment variable " + ProtectCommand.PASSWORD_VARIABLE
                + " for scripts. A wrong password and a damaged copy are refused (exit 2) and nothing is written.")
final class UnprotectCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE.ccmmx", description = "the protected copy")
    Path input;

    @Option(names = "-o", required = true, paramLabel = "FILE.ccmm", description = "the assessment file to write")
    Path output;

    @Mixin
    ReplaceOutput options;

    @Override
    public Integer call() {
        CliText text = options.text();
        try {
            // A file that is no protected copy, or is cut off in its header, is refused before the password prompt.
            ProtectedCopies.readHeader(input);
            ProtectedCopies.checkOutput(input, output, options.force);
            char[] password = ProtectCommand.password(text, false, input);
            try {
                ProtectedCopies.unprotect(input, output, password, options.force);
            } finally {
                Arrays.fill(password, '\0');
            }
        } catch (ProtectionException e) {
            throw ProtectCommand.refusal(text, e, true);
        }
        spec.commandLine()
                .getOut()
                .println(text.format(
                        "unprotect.done", input.toString(), output.toString(), ProtectCommand.size(output)));
        return Cli.OK;
    }
}
