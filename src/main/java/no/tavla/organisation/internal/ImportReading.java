package no.tavla.organisation.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import no.tavla.organisation.ImportFiles;
import no.tavla.organisation.ImportProblem;
import no.tavla.organisation.UnitType;
import no.tavla.shared.Language;

/**
 * Reads and checks both import files against each other and against what Tavla already holds. Every problem is
 * collected (not only the first), each with its line, column and a message key that says how to fix it.
 */
public final class ImportReading {

    /** Large enough for 50,000 people with long responsibilities; larger files are refused before reading. */
    public static final int MAX_FILE_BYTES = 15 * 1024 * 1024;
    static final String UNITS = "units";
    static final String PEOPLE = "people";
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern CODE = Pattern.compile("^[\\p{L}\\p{N}][\\p{L}\\p{N}_.\\-/]{0,31}$");

    static final Map<String, List<String>> UNIT_COLUMNS = Map.of(
            "code", List.of("kode", "enhetskode", "enhetsnr", "code", "unit code"),
            "name", List.of("navn", "enhetsnavn", "name"),
            "type", List.of("type", "nivå", "enhetstype", "level"),
            "parent", List.of("overordnet", "overordnet enhet", "overordnet kode", "parent", "parent code"),
            "email", List.of("e-post", "epost", "email", "e-mail"),
            "phone", List.of("telefon", "tlf", "phone"),
            "address", List.of("besøksadresse", "adresse", "visiting address", "address"));

    static final Map<String, List<String>> PEOPLE_COLUMNS = Map.of(
            "number", List.of("ansattnummer", "ansattnr", "ansatt nr", "employee number", "employee id"),
            "name", List.of("navn", "fullt navn", "name", "full name"),
            "email", List.of("e-post", "epost", "email", "e-mail"),
            "title", List.of("stilling", "stillingstittel", "tittel", "title", "job title"),
            "unit", List.of("enhet", "enhetskode", "primærenhet", "unit", "unit code"),
            "others", List.of("andre enheter", "flere enheter", "other units"),
            "phone", List.of("telefon", "tlf", "phone"),
            "responsibilities", List.of("ansvar", "arbeidsoppgaver", "hvem gjør hva", "responsibilities"),
            "tags", List.of("stikkord", "emneord", "tags"),
            "computer", List.of("har pc", "pc", "har arbeids-pc", "has computer", "work computer"));
    // "språk"/"language" is read separately so both files may share the alias table above
    private static final List<String> LANGUAGE = List.of("språk", "foretrukket språk", "language");
    /** The mobile number for SMS (optional): "mobil" was read as the phone before it had a column of its own. */
    private static final List<String> MOBILE = List.of("mobil", "mobiltelefon", "mobilnummer", "mobile",
            "mobile phone");

    /** A unit as the file gives it. */
    public record UnitRow(int line, String code, String name, UnitType type, String parentCode, String email,
                          String phone, String address) {
    }

    /**
     * A person as the file gives them. The optional values are null when the file has no such column: then what Tavla
     * holds (perhaps edited by hand) is kept; an empty value in a column that is there clears it.
     */
    public record PersonRow(int line, String employeeNumber, String name, String email, String title, String unitCode,
                            List<String> otherUnitCodes, String phone, String responsibilities, String tags,
                            Boolean hasWorkComputer, String language, String mobile) {

        public boolean withoutComputer() {
            return Boolean.FALSE.equals(hasWorkComputer);
        }
    }

    /** What Tavla holds already: unit codes with their parent's code (or null), and the people's numbers. */
    public record Existing(Map<String, String> parentByUnitCode, Set<String> employeeNumbers) {
    }

    private final List<ImportProblem> problems = new ArrayList<>();
    private final List<UnitRow> units = new ArrayList<>();
    private final List<PersonRow> people = new ArrayList<>();

    public List<ImportProblem> problems() {
        return problems;
    }

    public List<UnitRow> units() {
        return units;
    }

    public List<PersonRow> people() {
        return people;
    }

    /** A unit code: letters, digits and . _ - /, at most 32 characters, starting with a letter or digit. */
    public static boolean isValidCode(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    public static ImportReading read(ImportFiles files, Existing existing) {
        ImportReading reading = new ImportReading();
        if (files.units().length == 0 && files.people().length == 0) {
            reading.problem(UNITS, 0, "", "import.file.empty");
            return reading;
        }
        Optional<CsvTable> unitTable = reading.table(UNITS, files.units(), UNIT_COLUMNS, List.of("code", "name", "type"));
        Optional<CsvTable> peopleTable = reading.table(PEOPLE, files.people(), withLanguage(),
                List.of("number", "name", "unit"));
        unitTable.ifPresent(table -> reading.readUnits(table, existing));
        peopleTable.ifPresent(table -> reading.readPeople(table, existing));
        return reading;
    }

    private static Map<String, List<String>> withLanguage() {
        Map<String, List<String>> columns = new HashMap<>(PEOPLE_COLUMNS);
        columns.put("language", LANGUAGE);
        columns.put("mobile", MOBILE);
        return columns;
    }

    private Optional<CsvTable> table(String file, byte[] bytes, Map<String, List<String>> columns,
                                     List<String> required) {
        if (bytes.length == 0) {
            return Optional.empty();
        }
        if (bytes.length > MAX_FILE_BYTES) {
            problem(file, 0, "", "import.file.too-large", String.valueOf(MAX_FILE_BYTES / (1024 * 1024)));
            return Optional.empty();
        }
        CsvTable table;
        try {
            table = CsvTable.read(bytes, columns);
        } catch (CsvTable.Malformed e) {
            problem(file, e.line, "", "import.file.malformed");
            return Optional.empty();
        }
        boolean complete = true;
        for (String column : required) {
            if (!table.hasColumn(column)) {
                problem(file, 1, columns.get(column).get(0), "import.column.missing");
                complete = false;
            }
        }
        if (!complete) {
            return Optional.empty();
        }
        if (table.rows().isEmpty()) {
            problem(file, 0, "", "import.file.no-rows");
            return Optional.empty();
        }
        return Optional.of(table);
    }

    private void readUnits(CsvTable table, Existing existing) {
        Map<String, Integer> lineByCode = new LinkedHashMap<>();
        for (CsvTable.Row row : table.rows()) {
            String code = required(UNITS, table, row, "code", 32);
            String name = required(UNITS, table, row, "name", 200);
            String typeWord = required(UNITS, table, row, "type", 40);
            Optional<UnitType> type = UnitType.fromWord(typeWord);
            if (!typeWord.isEmpty() && type.isEmpty()) {
                problem(UNITS, row.line(), table.headerName("type"), "import.unit.type.unknown", typeWord);
            }
            if (!code.isEmpty() && !CODE.matcher(code).matches()) {
                problem(UNITS, row.line(), table.headerName("code"), "import.unit.code.invalid", code);
            }
            Integer first = code.isEmpty() ? null : lineByCode.putIfAbsent(code.toUpperCase(Locale.ROOT), row.line());
            if (first != null) {
                problem(UNITS, row.line(), table.headerName("code"), "import.unit.code.duplicate", code,
                        String.valueOf(first));
            }
            String email = optional(UNITS, table, row, "email", 254);
            if (!email.isEmpty() && !EMAIL.matcher(email).matches()) {
                problem(UNITS, row.line(), table.headerName("email"), "import.value.email", email);
            }
            units.add(new UnitRow(row.line(), code, name, type.orElse(null), row.get("parent"), email,
                    optional(UNITS, table, row, "phone", 40), optional(UNITS, table, row, "address", 300)));
        }
        checkParents(table, existing);
    }

    /** Every parent must exist (in the file or in Tavla), and following parents must never come back round. */
    private void checkParents(CsvTable table, Existing existing) {
        Map<String, String> parentOf = new HashMap<>();
        existing.parentByUnitCode().forEach((code, parent) -> parentOf.put(upper(code), upper(parent)));
        for (UnitRow unit : units) {
            parentOf.put(upper(unit.code()), unit.parentCode().isEmpty() ? null : upper(unit.parentCode()));
        }
        Set<String> reportedCycles = new LinkedHashSet<>();
        for (UnitRow unit : units) {
            if (unit.parentCode().isEmpty()) {
                continue;
            }
            if (!parentOf.containsKey(upper(unit.parentCode()))) {
                problem(UNITS, unit.line(), table.headerName("parent"), "import.unit.parent.unknown", unit.parentCode());
                continue;
            }
            String start = upper(unit.code());
            List<String> path = new ArrayList<>(List.of(unit.code()));
            Set<String> seen = new java.util.TreeSet<>(Set.of(start));
            String current = upper(unit.parentCode());
            while (current != null) {
                path.add(current);
                if (current.equals(start)) {
                    // report each circle once, at the first of its units in the file
                    if (reportedCycles.add(String.join(">", seen))) {
                        problem(UNITS, unit.line(), table.headerName("parent"), "import.unit.cycle",
                                String.join(" → ", path));
                    }
                    break;
                }
                if (!seen.add(current)) {
                    break; // a circle further up, reported at its own units
                }
                current = parentOf.get(current);
            }
        }
    }

    private void readPeople(CsvTable table, Existing existing) {
        Set<String> knownUnits = new java.util.HashSet<>();
        existing.parentByUnitCode().keySet().forEach(code -> knownUnits.add(upper(code)));
        units.forEach(unit -> knownUnits.add(upper(unit.code())));
        Map<String, Integer> lineByNumber = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            String number = required(PEOPLE, table, row, "number", 32);
            String name = required(PEOPLE, table, row, "name", 200);
            String unit = required(PEOPLE, table, row, "unit", 32);
            Integer first = number.isEmpty() ? null : lineByNumber.putIfAbsent(number, row.line());
            if (first != null) {
                problem(PEOPLE, row.line(), table.headerName("number"), "import.person.number.duplicate", number,
                        String.valueOf(first));
            }
            if (!unit.isEmpty() && !knownUnits.contains(upper(unit))) {
                problem(PEOPLE, row.line(), table.headerName("unit"), "import.person.unit.unknown", unit);
            }
            List<String> others = table.hasColumn("others") ? new ArrayList<>() : null;
            for (String other : row.get("others").split("[,;|]")) {
                String code = other.trim();
                if (code.isEmpty()) {
                    continue;
                }
                if (!knownUnits.contains(upper(code))) {
                    problem(PEOPLE, row.line(), table.headerName("others"), "import.person.unit.unknown", code);
                }
                others.add(code);
            }
            String email = optional(PEOPLE, table, row, "email", 254);
            if (!email.isEmpty() && !EMAIL.matcher(email).matches()) {
                problem(PEOPLE, row.line(), table.headerName("email"), "import.value.email", email);
            }
            String computer = row.get("computer");
            Optional<Boolean> hasComputer = computer.isEmpty() ? Optional.of(true) : CsvTable.yesOrNo(computer);
            Boolean computerGiven = table.hasColumn("computer") ? hasComputer.orElse(true) : null;
            if (hasComputer.isEmpty()) {
                problem(PEOPLE, row.line(), table.headerName("computer"), "import.person.computer.invalid", computer);
            }
            String languageWord = row.get("language");
            Optional<Language> language = Language.fromTag(languageWord.toLowerCase(Locale.ROOT)
                    .replace("nynorsk", "nn").replace("norsk", "nb").replace("bokmål", "nb")
                    .replace("svenska", "sv").replace("svensk", "sv").replace("swedish", "sv")
                    .replace("engelsk", "en").replace("english", "en"));
            if (!languageWord.isEmpty() && language.isEmpty()) {
                problem(PEOPLE, row.line(), table.headerName("language"), "import.person.language.invalid",
                        languageWord);
            }
            String mobileWritten = row.get("mobile");
            Optional<String> mobile = no.tavla.shared.MobileNumbers.normalised(mobileWritten);
            if (!mobileWritten.isEmpty() && mobile.isEmpty()) {
                problem(PEOPLE, row.line(), table.headerName("mobile"), "import.person.mobile.invalid", mobileWritten);
            }
            people.add(new PersonRow(row.line(), number, name, email, given(PEOPLE, table, row, "title", 200), unit,
                    others, given(PEOPLE, table, row, "phone", 40),
                    given(PEOPLE, table, row, "responsibilities", 4000), given(PEOPLE, table, row, "tags", 500),
                    computerGiven, language.map(Language::tag).orElse(null),
                    table.hasColumn("mobile") ? mobile.orElse("") : null));
        }
    }

    private String required(String file, CsvTable table, CsvTable.Row row, String column, int max) {
        String value = row.get(column);
        if (value.isEmpty()) {
            problem(file, row.line(), table.headerName(column), "import.value.required");
        } else if (value.length() > max) {
            problem(file, row.line(), table.headerName(column), "import.value.too-long", String.valueOf(max));
        }
        return value;
    }

    private String optional(String file, CsvTable table, CsvTable.Row row, String column, int max) {
        String value = row.get(column);
        if (value.length() > max) {
            problem(file, row.line(), table.headerName(column), "import.value.too-long", String.valueOf(max));
        }
        return value;
    }

    /** An optional value, or null when the file has no such column. */
    private String given(String file, CsvTable table, CsvTable.Row row, String column, int max) {
        return table.hasColumn(column) ? optional(file, table, row, column, max) : null;
    }

    private void problem(String file, int line, String column, String key, String... detail) {
        problems.add(new ImportProblem(file, line, column, key, List.of(detail)));
    }

    private static String upper(String code) {
        return code == null ? null : code.trim().toUpperCase(Locale.ROOT);
    }
}
