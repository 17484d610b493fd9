package org.rejoin.pupil;

import org.rejoin.pupil.AttendanceImportService.Phase;
import org.rejoin.pupil.AttendanceImportService.ProgressListener;

/**
 * Tells a {@link ProgressListener} about one phase of an import at its start, about every 1% of the way,
 * and at its end. Shared by every import, so each shows its progress the same way.
 */
public final class ImportProgress {
    private final ProgressListener listener;
    private final Phase phase;
    private final long total;
    private final long step;
    private long reported;

    public ImportProgress(ProgressListener listener, Phase phase, long total) {
        this.listener = listener == null ? ProgressListener.NONE : listener;
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
}
