package no.tavla.news.internal;

import java.io.ByteArrayOutputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import no.tavla.news.ItemFile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The items' files, kept in parts of a few megabytes so no single row is huge. */
@Repository
public class FileStore {

    private static final int PART = 4 * 1024 * 1024;
    private static final String COLUMNS = "SELECT id, item_id, kind, file_name, media_type, size_bytes, alt_text"
            + " FROM news_file";

    private final JdbcTemplate jdbc;

    FileStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ItemFile> find(long fileId) {
        return jdbc.query(COLUMNS + " WHERE id = ?", (rs, row) -> file(rs), fileId).stream().findFirst();
    }

    public List<ItemFile> of(long itemId) {
        return jdbc.query(COLUMNS + " WHERE item_id = ? ORDER BY id", (rs, row) -> file(rs), itemId);
    }

    public int count(long itemId) {
        Integer files = jdbc.queryForObject("SELECT COUNT(*) FROM news_file WHERE item_id = ?", Integer.class, itemId);
        return files == null ? 0 : files;
    }

    public byte[] bytes(long fileId, long size) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream((int) Math.min(size, PART * 8L));
        jdbc.query("SELECT bytes FROM news_file_part WHERE file_id = ? ORDER BY part_no",
                rs -> {
                    bytes.writeBytes(rs.getBytes(1));
                }, fileId);
        return bytes.toByteArray();
    }

    /** Saves the file in parts; the caller holds the transaction. */
    public ItemFile insert(long itemId, ItemFile.Kind kind, String name, String type, byte[] bytes, String alt,
                           String actor, Instant at) {
        jdbc.update("INSERT INTO news_file (item_id, kind, file_name, media_type, size_bytes, alt_text, created_by,"
                        + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", itemId, kind.name(), name, type, bytes.length,
                alt, actor, Timestamp.from(at));
        long id = jdbc.queryForObject("SELECT LAST_INSERT_ID()", Long.class);
        for (int part = 0; part * (long) PART < bytes.length; part++) {
            int from = part * PART;
            byte[] chunk = Arrays.copyOfRange(bytes, from, Math.min(bytes.length, from + PART));
            jdbc.update("INSERT INTO news_file_part (file_id, part_no, bytes) VALUES (?, ?, ?)", id, part, chunk);
        }
        return new ItemFile(id, itemId, kind, name, type, bytes.length, alt);
    }

    /** What the check of an attached PDF found (TAGGED, UNTAGGED, NO_TEXT). */
    public void setPdfCheck(long fileId, String check) {
        jdbc.update("UPDATE news_file SET pdf_check = ? WHERE id = ?", check, fileId);
    }

    /** The item's attached PDFs that a screen reader cannot use, by file name, with what was found. */
    public java.util.Map<String, String> pdfProblems(long itemId) {
        java.util.Map<String, String> problems = new java.util.LinkedHashMap<>();
        jdbc.query("SELECT file_name, pdf_check FROM news_file WHERE item_id = ? AND pdf_check IN ('UNTAGGED',"
                + " 'NO_TEXT') ORDER BY id", (java.sql.ResultSet rs) -> {
                    problems.put(rs.getString(1), rs.getString(2));
                }, itemId);
        return problems;
    }

    public void delete(long fileId) {
        jdbc.update("DELETE FROM news_file WHERE id = ?", fileId);
    }

    private static ItemFile file(ResultSet rs) throws SQLException {
        return new ItemFile(rs.getLong(1), rs.getLong(2), ItemFile.Kind.valueOf(rs.getString(3)), rs.getString(4),
                rs.getString(5), rs.getLong(6), rs.getString(7));
    }
}
