package no.tavla.news.files;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The entry names of a ZIP file (an Office or OpenDocument file), read from its central directory without inflating
 * anything: a deflate bomb costs no more to look at than any other file. Only the few bytes of an OpenDocument
 * {@code mimetype} entry are ever read, and at most {@link #MAX_INFLATED} bytes of it inflated.
 */
final class ZipDirectory {

    static final int MAX_ENTRIES = 10_000;
    static final int MAX_INFLATED = 200;
    private static final int END_SIGNATURE = 0x06054b50;
    private static final int ENTRY_SIGNATURE = 0x02014b50;
    private static final int LOCAL_SIGNATURE = 0x04034b50;

    /** One entry: its name, how it is stored, and where its data lies. */
    record Entry(String name, int method, long compressedSize, long localHeaderOffset) {
    }

    private final ByteBuffer bytes;
    private final List<Entry> entries;
    private int inflated;

    private ZipDirectory(ByteBuffer bytes, List<Entry> entries) {
        this.bytes = bytes;
        this.entries = entries;
    }

    /** The directory, or empty when the bytes are not a plain ZIP file Tavla reads (ZIP64, too many entries). */
    static Optional<ZipDirectory> read(byte[] data) {
        ByteBuffer bytes = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
        int end = endRecord(bytes);
        if (end < 0) {
            return Optional.empty();
        }
        int count = Short.toUnsignedInt(bytes.getShort(end + 10));
        long size = Integer.toUnsignedLong(bytes.getInt(end + 12));
        long offset = Integer.toUnsignedLong(bytes.getInt(end + 16));
        if (count > MAX_ENTRIES || offset + size > end) {
            return Optional.empty();
        }
        List<Entry> entries = new ArrayList<>(count);
        int at = (int) offset;
        for (int i = 0; i < count; i++) {
            if (at + 46 > end || bytes.getInt(at) != ENTRY_SIGNATURE) {
                return Optional.empty();
            }
            int method = Short.toUnsignedInt(bytes.getShort(at + 10));
            long compressed = Integer.toUnsignedLong(bytes.getInt(at + 20));
            int nameLength = Short.toUnsignedInt(bytes.getShort(at + 28));
            int extraLength = Short.toUnsignedInt(bytes.getShort(at + 30));
            int commentLength = Short.toUnsignedInt(bytes.getShort(at + 32));
            long local = Integer.toUnsignedLong(bytes.getInt(at + 42));
            if (at + 46 + nameLength > end) {
                return Optional.empty();
            }
            String name = new String(data, at + 46, nameLength, StandardCharsets.UTF_8);
            entries.add(new Entry(name, method, compressed, local));
            at += 46 + nameLength + extraLength + commentLength;
        }
        return Optional.of(new ZipDirectory(bytes, entries));
    }

    List<Entry> entries() {
        return entries;
    }

    /** The first bytes (at most {@link #MAX_INFLATED}) of a small entry, as ASCII; empty if it cannot be read. */
    Optional<String> head(Entry entry) {
        long local = entry.localHeaderOffset();
        if (local + 30 > bytes.limit() || bytes.getInt((int) local) != LOCAL_SIGNATURE) {
            return Optional.empty();
        }
        int nameLength = Short.toUnsignedInt(bytes.getShort((int) local + 26));
        int extraLength = Short.toUnsignedInt(bytes.getShort((int) local + 28));
        long start = local + 30 + nameLength + extraLength;
        int available = (int) Math.min(Math.min(entry.compressedSize(), bytes.limit() - start), 4096);
        if (start > bytes.limit() || available < 0) {
            return Optional.empty();
        }
        byte[] stored = new byte[available];
        bytes.get((int) start, stored);
        if (entry.method() == 0) {
            int length = Math.min(stored.length, MAX_INFLATED);
            return Optional.of(new String(stored, 0, length, StandardCharsets.US_ASCII));
        }
        if (entry.method() != 8) {
            return Optional.empty();
        }
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(stored);
            byte[] out = new byte[MAX_INFLATED];
            int length = inflater.inflate(out);
            inflated += length;
            return Optional.of(new String(out, 0, length, StandardCharsets.US_ASCII));
        } catch (DataFormatException e) {
            return Optional.empty();
        } finally {
            inflater.end();
        }
    }

    /** How many bytes were inflated to answer: never more than {@link #MAX_INFLATED} per entry read. */
    int inflatedBytes() {
        return inflated;
    }

    /** Where the end-of-central-directory record starts, searching back over a comment of up to 64 KB. */
    private static int endRecord(ByteBuffer bytes) {
        int last = bytes.limit() - 22;
        for (int at = last; at >= 0 && at >= last - 65_535; at--) {
            if (bytes.getInt(at) == END_SIGNATURE) {
                return at;
            }
        }
        return -1;
    }
}
