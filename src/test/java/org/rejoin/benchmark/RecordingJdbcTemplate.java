package org.rejoin.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.PreparedStatementCreator;
import org.springframework.jdbc.core.PreparedStatementCreatorFactory;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * The template the real query code runs on; while {@link #recording} is on it also remembers each statement
 * and its parameters, so the benchmark can EXPLAIN exactly what {@code TaskQueries} sent. Off while timing.
 */
public final class RecordingJdbcTemplate extends NamedParameterJdbcTemplate {

    public record Statement(String sql, SqlParameterSource params) {
    }

    private final List<Statement> recorded = new ArrayList<>();
    private boolean recording;

    public RecordingJdbcTemplate(DataSource dataSource) {
        super(dataSource);
    }

    public void record(boolean on) {
        recording = on;
        recorded.clear();
    }

    public List<Statement> recorded() {
        return List.copyOf(recorded);
    }

    @Override
    protected PreparedStatementCreator getPreparedStatementCreator(String sql, SqlParameterSource paramSource,
            Consumer<PreparedStatementCreatorFactory> customizer) {
        if (recording) {
            recorded.add(new Statement(sql, paramSource));
        }
        return super.getPreparedStatementCreator(sql, paramSource, customizer);
    }
}
