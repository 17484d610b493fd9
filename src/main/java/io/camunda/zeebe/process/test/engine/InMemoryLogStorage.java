package io.camunda.zeebe.process.test.engine;

import io.camunda.zeebe.logstreams.storage.LogStorage;
import io.camunda.zeebe.logstreams.storage.LogStorageReader;
import io.camunda.zeebe.util.buffer.BufferWriter;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Rejoin's replacement for the in-memory engine's log storage (docs/decisions/0009). It has the same name
 * and package as the class in {@code zeebe-process-test-engine} 8.8.21, so the engine's {@code EngineFactory}
 * builds this one: the application's classes come before its libraries on every class path Rejoin runs
 * with. The engine's own class keeps its log in an unsynchronised {@code ArrayList} that gRPC threads append
 * to while the stream processor's actor reads it; a reader could see the new size before the entry, read a
 * null and stop the engine for good. {@code EngineLogStorageTests} proves this class is the one loaded.
 *
 * <p>Blocks are kept in fixed-size chunks, so appending never copies blocks (a new chunk, and now and then
 * a larger table of chunks). An append is published by one volatile write of the block count after the
 * block is stored, so a reader that sees the count sees the block. Appends are serialised; reads take no lock.
 */
final class InMemoryLogStorage implements LogStorage {

    private static final int CHUNK_BITS = 12;
    private static final int CHUNK_SIZE = 1 << CHUNK_BITS;
    private static final int CHUNK_MASK = CHUNK_SIZE - 1;

    /** Index of the first block by the lowest position in it, for seeking. */
    private final ConcurrentSkipListMap<Long, Integer> blockByLowestPosition = new ConcurrentSkipListMap<>();
    private final Set<CommitListener> commitListeners = ConcurrentHashMap.newKeySet();
    private volatile ByteBuffer[][] chunks = new ByteBuffer[16][];
    private volatile int published;

    InMemoryLogStorage() {
    }

    @Override
    public LogStorageReader newReader() {
        return new Reader();
    }

    @Override
    public void append(long lowestPosition, long highestPosition, BufferWriter writer, AppendListener listener) {
        ByteBuffer block = ByteBuffer.allocate(writer.getLength());
        writer.write(new UnsafeBuffer(block), 0);
        append(lowestPosition, highestPosition, block, listener);
    }

    @Override
    public void append(long lowestPosition, long highestPosition, ByteBuffer block, AppendListener listener) {
        long address;
        synchronized (this) {
            int index = published;
            slotFor(index)[index & CHUNK_MASK] = block;
            published = index + 1;
            blockByLowestPosition.put(lowestPosition, index);
            address = index + 1L;
        }
        listener.onWrite(address, highestPosition);
        listener.onCommit(address, highestPosition);
        commitListeners.forEach(CommitListener::onCommit);
    }

    /** The chunk that holds block {@code index}, growing the table of chunks when needed (under the lock). */
    private ByteBuffer[] slotFor(int index) {
        int chunk = index >>> CHUNK_BITS;
        ByteBuffer[][] table = chunks;
        if (chunk == table.length) {
            ByteBuffer[][] larger = new ByteBuffer[table.length * 2][];
            System.arraycopy(table, 0, larger, 0, table.length);
            table = larger;
            chunks = larger;
        }
        if (table[chunk] == null) {
            table[chunk] = new ByteBuffer[CHUNK_SIZE];
        }
        return table[chunk];
    }

    @Override
    public void addCommitListener(CommitListener listener) {
        commitListeners.add(listener);
    }

    @Override
    public void removeCommitListener(CommitListener listener) {
        commitListeners.remove(listener);
    }

    private final class Reader implements LogStorageReader {

        private int next;
        /** What this reader last saw published, so a long read touches the volatile count once a batch. */
        private int seen;
        private ByteBuffer[][] table = chunks;

        /** Starts at the last block that begins before the position, as the log stream reader expects. */
        @Override
        public void seek(long position) {
            Map.Entry<Long, Integer> before = blockByLowestPosition.lowerEntry(position);
            next = before == null ? 0 : before.getValue();
        }

        @Override
        public boolean hasNext() {
            if (next < seen) {
                return true;
            }
            seen = published;
            table = chunks;
            return next < seen;
        }

        @Override
        public DirectBuffer next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            int index = next++;
            return new UnsafeBuffer(table[index >>> CHUNK_BITS][index & CHUNK_MASK]);
        }

        @Override
        public void close() {
            // nothing held
        }
    }
}
