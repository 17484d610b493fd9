package org.rejoin.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.logstreams.storage.LogStorage;
import io.camunda.zeebe.logstreams.storage.LogStorageReader;
import io.camunda.zeebe.process.test.engine.EngineFactory;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The in-memory engine's log storage (issue 25, docs/decisions/0009): the engine's own class breaks when its
 * log is read while it grows, Rejoin's replacement does not, and the engine really builds Rejoin's.
 */
@Tag("own-engine")
class EngineLogStorageTests {

    private final LogStorageRace race = new LogStorageRace(20_000, 2);

    @Test
    void theEngineBuildsRejoinsLogStorageInPlaceOfItsOwn() throws Exception {
        Class<?> loaded = EngineFactory.class.getClassLoader().loadClass(LogStorages.CLASS_NAME);
        Path rejoinsClasses = Path.of(EngineMonitor.class.getProtectionDomain().getCodeSource().getLocation().toURI());

        assertThat(Path.of(loaded.getProtectionDomain().getCodeSource().getLocation().toURI()))
                .as("the log storage class the engine's factory loads comes from Rejoin's own classes")
                .isEqualTo(rejoinsClasses);
        assertThat(LogStorages.engineJarEntry(LogStorages.CLASS_ENTRY))
                .as("the engine jar still has the class Rejoin replaces; if it was renamed, the replacement is dead")
                .isNotNull();
        byte[] factory = LogStorages.engineJarEntry("io/camunda/zeebe/process/test/engine/EngineFactory.class");
        assertThat(new String(factory, StandardCharsets.ISO_8859_1))
                .as("the engine's factory still builds its log storage by that name")
                .contains(LogStorages.CLASS_ENTRY.replace(".class", ""));
    }

    @Test
    void theEnginesOwnStorageBreaksWhenItsLogIsReadWhileItGrows() throws Exception {
        var result = race.run(LogStorages::enginesOwn, 200, true);

        assertThat(result.broken())
                .as("the engine's own InMemoryLogStorage survived %d rounds: if an engine upgrade fixed it, "
                        + "remove Rejoin's replacement (docs/decisions/0009)", result.rounds())
                .isPositive();
    }

    @Test
    void rejoinsStorageHandsEveryFollowerEveryBlockInOrderWhileItGrows() throws Exception {
        var result = race.run(LogStorages::rejoins, 50, false);

        assertThat(result.broken()).as(String.valueOf(result.firstBreak())).isZero();
        assertThat(result.rounds()).isEqualTo(50);
    }

    @Test
    void seekingLandsWhereTheEnginesOwnStorageLands() {
        List<Long> seeks = List.of(0L, 1L, 2L, 5L, 6L, 7L, 99L, 100L, 101L, 4_000L, 4_096L, 9_000L, 50_000L);

        assertThat(firstBlocksAfterSeeking(LogStorages.rejoins(), seeks))
                .isEqualTo(firstBlocksAfterSeeking(LogStorages.enginesOwn(), seeks));
    }

    /** Blocks of three positions each (1-3, 4-6, ...) over more than two chunks; what each seek reads first. */
    private static List<String> firstBlocksAfterSeeking(LogStorage storage, List<Long> seeks) {
        for (long lowest = 1; lowest < 30_000; lowest += 3) {
            ByteBuffer block = ByteBuffer.allocate(Long.BYTES).order(ByteOrder.LITTLE_ENDIAN).putLong(0, lowest);
            storage.append(lowest, lowest + 2, block, new LogStorage.AppendListener() {
            });
        }
        List<String> firsts = new ArrayList<>();
        LogStorageReader reader = storage.newReader();
        for (long position : seeks) {
            reader.seek(position);
            firsts.add(position + "->" + (reader.hasNext() ? reader.next().getLong(0, ByteOrder.LITTLE_ENDIAN) : "end"));
        }
        return firsts;
    }
}
