package org.rejoin.pupil.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.rejoin.ViewTestSupport;
import org.rejoin.pupil.ImportResult.LineError;

/** The import page: for champions and leaders, showing each bad line of a rejected file. */
class AttendanceImportViewTests extends ViewTestSupport {

    @Test
    void rendersForAChampionWithTheUploadAndAnExampleFile() {
        signInAs("champion@northfield.example");
        navigate("attendance/import");

        assertThat(currentView()).isEqualTo(AttendanceImportView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Import attendance");
        assertThat(_get(Upload.class).getAcceptedFileTypes()).containsExactly(".csv", "text/csv");
        assertThat(_get(Upload.class).getMaxFileSize()).isEqualTo(20 * 1024 * 1024);
        assertThat(_get(Anchor.class, spec -> spec.withText("Download an example file")).getHref())
                .isEqualTo("examples/attendance-example.csv");
    }

    @Test
    void aFileWithBadLinesShowsEachLineAndImportsNothing() {
        signInAs("champion@northfield.example");
        navigate("attendance/import");
        AttendanceImportView view = _get(AttendanceImportView.class);
        view.background = Runnable::run;

        view.startImport("bad.csv", ("UPN,Week starting,Sessions possible,Present,Authorised absence,"
                + "Unauthorised absence,Late\nA123,2025-09-08,10,10,0,0,0\n\nZ999999999999,2025-09-09,10,9,0,0,0\n")
                .getBytes(StandardCharsets.UTF_8));
        MockVaadin.clientRoundtrip();

        assertThat(view.errorHeading.isVisible()).isTrue();
        assertThat(view.errorHeading.getText())
                .isEqualTo("Nothing was imported: fix these lines and upload the file again");
        assertThat(GridKt._size(view.errors)).isEqualTo(2);
        assertThat(GridKt._get(view.errors, 0)).extracting(LineError::line).isEqualTo(2L);
        assertThat(GridKt._get(view.errors, 1).line()).isEqualTo(4L);
        assertThat(GridKt._get(view.errors, 1).message()).contains("is a Tuesday, not a Monday");
        assertThat(view.status.getText()).isEqualTo("2 lines have a problem");
        assertThat(view.progress.isVisible()).isFalse();
        assertThat(GridKt._get(view.recent.grid, 0).fileName()).isEqualTo("bad.csv");
    }

    @Test
    void aFileThatIsNotACsvIsRefusedWithAPlainMessage() {
        signInAs("leader@northfield.example");
        navigate("attendance/import");
        AttendanceImportView view = _get(AttendanceImportView.class);
        view.background = task -> {
            throw new AssertionError("nothing should be imported");
        };

        view.startImport("register.xlsx", new byte[] {1, 2, 3});

        assertThat(view.status.getText()).startsWith("This is not a CSV file");
        assertThat(view.errors.isVisible()).isFalse();
    }

    @Test
    void schoolStaffOtherThanChampionsAndLeadersCannotOpenIt() {
        signInAs("tutor@northfield.example");
        assertThatThrownBy(() -> navigate("attendance/import")).isInstanceOf(MockAccessDeniedException.class);
    }
}
