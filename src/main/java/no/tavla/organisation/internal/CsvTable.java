package no.tavla.organisation.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file as Norwegian HR systems and Excel write it: UTF-8 with or without a byte-order mark, or Windows-1252;
 * {@code ;} or {@code ,} between fields; quoted fields that may hold line breaks; Norwegian or English headers.
 */
final class CsvTable {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** One data row: its line in the file (the header is line 1) and its values by canonical column. */
    record Row(int line, Map<String, String> values) {
        String get(String column) {
            String value = values.get(column);
            return value == null ? "" : value.trim();
        }
    }

    private final List<Row> rows;
    private final Map<String, String> headerNames;

    private CsvTable(List<Row> rows, Map<String, String> headerNames) {
        this.rows = rows;
        this.headerNames = headerNames;
    }

    List<Row> rows() {
        return rows;
    }

    boolean hasColumn(String column) {
        return headerNames.containsKey(column);
    }

    /** The column's name as the file writes it, for messages. */
    String headerName(String column) {
        return headerNames.getOrDefault(column, column);
    }

    /**
     * Reads a file. {@code aliases} maps each canonical column to the header names that mean it.
     *
     * @throws Malformed when the file cannot be read as CSV (an unclosed quote, say)
     */
    static CsvTable read(byte[] bytes, Map<String, List<String>> aliases) {
        String text = decode(bytes);
        char separator = separatorOf(text);
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(separator)
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setAllowMissingColumnNames(true)
                .setIgnoreSurroundingSpaces(true)
                .get();
        Map<String, String> canonicalByHeader = new HashMap<>();
        aliases.forEach((column, names) -> names.forEach(name -> canonicalByHeader.put(normalise(name), column)));
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            Map<String, String> headerNames = new HashMap<>();
            List<String> headers = parser.getHeaderNames();
            String[] canonical = new String[headers.size()];
            for (int i = 0; i < headers.size(); i++) {
                String column = canonicalByHeader.get(normalise(headers.get(i)));
                canonical[i] = column;
                if (column != null) {
                    headerNames.putIfAbsent(column, headers.get(i).trim());
                }
            }
            List<Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                Map<String, String> values = new HashMap<>();
                boolean blank = true;
                for (int i = 0; i < record.size() && i < canonical.length; i++) {
                    if (canonical[i] != null) {
                        String value = record.get(i);
                        values.put(canonical[i], value);
                        blank &= value == null || value.isBlank();
                    }
                }
                if (!blank) {
                    // the line a person sees in a spreadsheet: the header is line 1
                    rows.add(new Row((int) record.getRecordNumber() + 1, values));
                }
            }
            return new CsvTable(List.copyOf(rows), headerNames);
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            throw new Malformed(lineOf(e));
        }
    }

    /** UTF-8 (a byte-order mark is dropped) when the bytes are valid UTF-8, else Windows-1252 as Excel saves it. */
    static String decode(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(buffer)
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, start, bytes.length - start, WINDOWS_1252);
        }
    }

    /** The separator used in the header line: whichever of {@code ;} and {@code ,} occurs more often there. */
    static char separatorOf(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        long semicolons = header.chars().filter(c -> c == ';').count();
        long commas = header.chars().filter(c -> c == ',').count();
        return commas > semicolons ? ',' : ';';
    }

    /** A header name compared loosely: case, spaces, hyphens and accents do not matter. */
    static String normalise(String header) {
        String name = header == null ? "" : header.replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT);
        name = Normalizer.normalize(name, Normalizer.Form.NFC);
        return name.replaceAll("[\\s_\\-.]+", "");
    }

    private static int lineOf(Exception e) {
        String message = String.valueOf(e.getMessage());
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("line (\\d+)").matcher(message);
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
    }

    static Optional<Boolean> yesOrNo(String value) {
        String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "ja", "j", "yes", "y", "true", "1", "x" -> Optional.of(true);
            case "nei", "n", "no", "false", "0" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    /** The file could not be read as CSV; {@code line} is where the reader gave up, or 0. */
    static final class Malformed extends RuntimeException {
        final int line;

        Malformed(int line) {
            super("Malformed CSV near line " + line);
            this.line = line;
        }
    }
}
