package io.ccmm.cli;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A terminal for the password commands: a fixed environment and the passwords "typed" in order. */
final class FakeTerminal implements ProtectCommand.Terminal {

    private final Map<String, String> environment;
    private final Deque<String> typed;
    private final boolean interactive;
    final List<String> prompts = new ArrayList<>();

    private FakeTerminal(Map<String, String> environment, List<String> typed, boolean interactive) {
        this.environment = environment;
        this.typed = new ArrayDeque<>(typed);
        this.interactive = interactive;
    }

    static FakeTerminal variable(String password) {
        return new FakeTerminal(Map.of(ProtectCommand.PASSWORD_VARIABLE, password), List.of(), false);
    }

    static FakeTerminal typing(String... passwords) {
        return new FakeTerminal(Map.of(), List.of(passwords), true);
    }

    static FakeTerminal none() {
        return new FakeTerminal(Map.of(), List.of(), false);
    }

    @Override
    public Optional<String> environment(String name) {
        return Optional.ofNullable(environment.get(name));
    }

    @Override
    public Optional<char[]> readPassword(String prompt) {
        prompts.add(prompt);
        if (!interactive || typed.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(typed.removeFirst().toCharArray());
    }
}
