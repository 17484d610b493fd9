package org.rejoin.attendance.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.upload.Upload;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rejoin.ViewTestSupport;
import org.rejoin.pupil.ImportResult.LineError;

/** The register import page: for champions and leaders, with the MIS examples, showing each bad line. */
class SessionImportViewTests extends ViewTestSupport {

    @Test
    void rendersForAChampionWithTheUploadAndAnExampleFilePerMis() {
        signInAs("champion@northfield.example");
        navigate("attendance/sessions");

        assertThat(_get(H1.class).getText()).isEqualTo("Import registers");
        assertThat(_get(Upload.class).getAcceptedFileTypes()).containsExactly(".csv", "text/csv");
        List<String> examples = new ArrayList<>();
        for (String text : List.of("SIMS-style example (one row per session)",
                "Bromcom-style example (one row per session)", "Arbor-style example (week grid)")) {
            examples.add(_get(Anchor.class, spec -> spec.withText(text)).getHref());
        }
        assertThat(examples).containsExactly("examples/sessions-sims-example.csv",
                "examples/sessions-bromcom-example.csv", "examples/sessions-arbor-example.csv");
    }

    @Test
    void aFileWithBadLinesShowsEachLineImportsNothingAndIsDeleted() throws Exception {
        signInAs("champion@northfield.example");
        navigate("attendance/sessions");
        SessionImportView view = _get(SessionImportView.class);
        view.background = Runnable::run;
        File upload = File.createTempFile("register", ".csv");
        Files.writeString(upload.toPath(), "UPN,Date,Session,Mark\nA123,2025-09-08,AM,/\n\nZ999999999999,2025-09-09,AM,H\n",
                StandardCharsets.UTF_8);

        view.startImport("bad.csv", upload);
        MockVaadin.clientRoundtrip();

        assertThat(view.errorHeading.isVisible()).isTrue();
        assertThat(GridKt._size(view.errors)).isEqualTo(2);
        assertThat(GridKt._get(view.errors, 0)).extracting(LineError::line).isEqualTo(2L);
        assertThat(GridKt._get(view.errors, 1).line()).isEqualTo(4L);
        assertThat(GridKt._get(view.errors, 1).message()).contains("withdrawn on 19 August 2024");
        assertThat(view.status.getText()).isEqualTo("2 lines have a problem");
        assertThat(view.progress.isVisible()).isFalse();
        assertThat(upload).doesNotExist();
    }

    @Test
    void schoolStaffOtherThanChampionsAndLeadersCannotOpenIt() {
        signInAs("tutor@northfield.example");
        assertThatThrownBy(() -> navigate("attendance/sessions")).isInstanceOf(MockAccessDeniedException.class);
    }
}
