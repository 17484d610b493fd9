package org.rejoin.base.csv;

import java.util.function.LongConsumer;

/**
 * Tells a listener about one phase of an import at its start, about every 1% of the way, and at its end, so a
 * page polling for progress is updated a hundred times at most whatever the file's size.
 */
public final class ImportProgress {

    /** Where an import is: the phase's name, how much is done, of how much. */
    @FunctionalInterface
    public interface Listener {
        void progress(String phase, long done, long total);

        Listener NONE = (phase, done, total) -> { };
    }

    private final Listener listener;
    private final String phase;
    private final long total;
    private final long step;
    private long reported;

    public ImportProgress(Listener listener, String phase, long total) {
        this.listener = listener == null ? Listener.NONE : listener;
        this.phase = phase;
        this.total = total;
        this.step = Math.max(1, total / 100);
        this.listener.progress(phase, 0, total);
    }

    public void done(long done) {
        if (done - reported >= step) {
            reported = done;
            listener.progress(phase, done, Math.max(total, done));
        }
    }

    public void finish(long done) {
        if (done != reported) {
            reported = done;
            listener.progress(phase, done, done);
        }
    }

    public LongConsumer asConsumer() {
        return this::done;
    }
}
