package io.ccmm.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs slow work (exports, imports) off the FX thread; results and failures come back on it. */
public interface TaskExecutor {

    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Runs everything at once on the calling thread: for tests. */
    static TaskExecutor synchronous() {
        return new TaskExecutor() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                T result;
                try {
                    result = work.call();
                } catch (Exception e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(result);
            }
        };
    }
}
