package org.rejoin.pupil;

import org.rejoin.pupil.AttendanceImportService.Phase;
import org.rejoin.pupil.AttendanceImportService.ProgressListener;

/**
 * The attendance imports' progress, told by phase to a {@link ProgressListener}: the shared counting of
 * {@link org.rejoin.base.csv.ImportProgress} (start, about every 1%, end) with the attendance pages' phases.
 */
public final class ImportProgress {

    private final org.rejoin.base.csv.ImportProgress counting;

    public ImportProgress(ProgressListener listener, Phase phase, long total) {
        ProgressListener told = listener == null ? ProgressListener.NONE : listener;
        this.counting = new org.rejoin.base.csv.ImportProgress((name, done, all) -> told.progress(phase, done, all),
                phase.name(), total);
    }

    public void done(long done) {
        counting.done(done);
    }

    public void finish(long done) {
        counting.finish(done);
    }
}
