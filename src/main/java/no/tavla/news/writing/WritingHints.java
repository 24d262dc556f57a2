package no.tavla.news.writing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.springframework.stereotype.Component;

/**
 * Help while writing (issue 17), never a gate: how readable the text is (LIX, Björnsson's readability index: words per
 * sentence plus the share of words longer than six letters, in per cent), which sentences are long, which words have
 * plainer alternatives (the municipality's word list, Bokmål, Nynorsk or Swedish), whether the lead and title do their
 * job, and what in the text a screen reader cannot use (images without a meaningful text, headings that skip a level,
 * links that say "here" or are a bare address). Worked out on the server from the Markdown as the writer types.
 */
@Component
public class WritingHints {

    /** The settings the hints are measured against. */
    public record Limits(int lixTarget, int sentenceWords, int leadWords) {

        /** Løten and Asker's defaults: LIX at most 40 for items for all staff, 25 words a sentence, 40 in the lead. */
        public static final Limits DEFAULT = new Limits(40, 25, 40);
    }

    /** How hard a text reads, by its LIX. */
    public enum Band {
        VERY_EASY, EASY, MEDIUM, HARD, VERY_HARD;

        static Band of(int lix) {
            return lix <= 30 ? VERY_EASY : lix <= 40 ? EASY : lix <= 50 ? MEDIUM : lix <= 60 ? HARD : VERY_HARD;
        }
    }

    /** What a hint is about; its text is {@code hints.} and the name, with {@link Hint#arguments()}. */
    public enum Kind {
        LIX_HIGH, LONG_SENTENCE, PLAINER_WORD, LEAD_MISSING, LEAD_LONG, TITLE_SENTENCE, TITLE_CAPITALS,
        IMAGE_TEXT, HEADING_SKIPS, LINK_TEXT, TABLE_HEADER
    }

    /** One thing the writer may change, and what to say it with. */
    public record Hint(Kind kind, List<Object> arguments) {

        public Hint {
            arguments = List.copyOf(arguments);
        }
    }

    /**
     * What the text is like, and the hints.
     *
     * @param lix   null for a text too short to measure (under ten words)
     * @param band  null with {@code lix}
     */
    public record Result(Integer lix, Band band, int words, int sentences, int longSentences, List<Hint> hints) {

        public Result {
            hints = List.copyOf(hints);
        }

        /** Whether any hint is about accessibility (what a screen reader or keyboard user misses). */
        public long accessibilityHints() {
            return hints.stream().filter(hint -> ACCESSIBILITY.contains(hint.kind())).count();
        }
    }

    static final java.util.Set<Kind> ACCESSIBILITY = java.util.EnumSet.of(Kind.IMAGE_TEXT, Kind.HEADING_SKIPS,
            Kind.LINK_TEXT, Kind.TABLE_HEADER);
    /** Fewer words than this give no LIX: a two-line notice measures nothing. */
    static final int MEASURED_FROM = 10;
    /** How much of a long sentence is quoted, so the writer can find it. */
    static final int QUOTED_WORDS = 8;

    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create()))
            .maxOpenBlockParsers(64).build();
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’\\-]*");
    private static final Pattern LETTERS = Pattern.compile("\\p{L}");
    /** Abbreviations whose full stop does not end a sentence. */
    private static final List<String> ABBREVIATIONS = List.of("f.eks.", "bl.a.", "iht.", "ca.", "dvs.", "nr.", "kl.",
            "jf.", "pr.", "mv.", "t.o.m.", "f.o.m.", "m.m.", "evt.", "ev.", "inkl.", "ekskl.", "tlf.", "t.ex.", "bl.a",
            "s.k.", "osv.", "etc.");
    /** The abbreviations, in one pattern: longest first, so "t.o.m." is not taken as "t." and "o.m.". */
    private static final Pattern ABBREVIATION = Pattern.compile("(?i)(?<![\\p{L}])(" + String.join("|",
            ABBREVIATIONS.stream().sorted(java.util.Comparator.comparingInt(String::length).reversed())
                    .map(Pattern::quote).toList()) + ")");
    private static final Pattern DECIMAL = Pattern.compile("(\\d)\\.(\\d)");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.:!?])\\s+");
    private static final Pattern BARE_ADDRESS = Pattern.compile("^(https?://|www\\.)\\S+$", Pattern.CASE_INSENSITIVE);
    private static final Pattern FILE_NAME = Pattern.compile("^[\\w\\-. ]+\\.(png|jpe?g|gif|webp|svg|bmp|tiff?)$",
            Pattern.CASE_INSENSITIVE);

    /** The languages with a word list. */
    public static final List<String> LANGUAGES = List.of("nb", "nn", "sv");
    /** How long the municipality's own lists are kept in memory before they are read again (another instance saved). */
    static final java.time.Duration KEPT = java.time.Duration.ofSeconds(30);
    static final int MAX_WORDS = 300;
    static final int WORD_LENGTH = 100;
    static final int PLAINER = 200;

    private final Map<String, Map<String, String>> defaults = new LinkedHashMap<>();
    private final java.util.function.Supplier<Map<String, Map<String, String>>> own;
    private volatile Map<String, Map<String, String>> kept = Map.of();
    private volatile long keptAt = Long.MIN_VALUE;

    /** Tavla's default lists only (for tests of the rules). */
    WritingHints() {
        this(Map::of);
    }

    @org.springframework.beans.factory.annotation.Autowired
    WritingHints(no.tavla.news.internal.WordListStore store) {
        this(store::all);
    }

    private WritingHints(java.util.function.Supplier<Map<String, Map<String, String>>> own) {
        this.own = own;
        for (String language : LANGUAGES) {
            defaults.put(language, load("plain-language/words_" + language + ".txt"));
        }
    }

    /** The word list's alternatives for the language (nb, nn or sv; anything else: Bokmål's): the own, else the default. */
    public Map<String, String> wordList(String language) {
        String known = listLanguage(language);
        long now = System.nanoTime();
        if (keptAt == Long.MIN_VALUE || now - keptAt > KEPT.toNanos()) {
            kept = own.get();
            keptAt = now;
        }
        return kept.getOrDefault(known, defaults.get(known));
    }

    /** The language whose word list serves a language: its own (nb, nn or sv), else Bokmål's. */
    public static String listLanguage(String language) {
        return LANGUAGES.contains(language) ? language : "nb";
    }

    /** Tavla's own default list for the language. */
    public Map<String, String> defaultList(String language) {
        return defaults.getOrDefault(language, defaults.get("nb"));
    }

    /** Reads the own lists again at the next check (this instance saved one). */
    void forget() {
        keptAt = Long.MIN_VALUE;
    }

    /** The hints for the title, lead and Markdown text, for a text in the language (nb, nn or sv). */
    public Result check(String title, String lead, String markdown, String language, Limits limits) {
        String safeTitle = title == null ? "" : title.strip();
        String safeLead = lead == null ? "" : lead.strip();
        String body = markdown == null ? "" : markdown.length() > 200_000 ? markdown.substring(0, 200_000) : markdown;
        List<Hint> hints = new ArrayList<>();
        Structure structure = structure(body);

        List<String> sentences = new ArrayList<>();
        sentences.addAll(sentences(safeTitle));
        sentences.addAll(sentences(safeLead));
        structure.blocks.forEach(block -> sentences.addAll(sentences(block)));
        int words = 0;
        int longWords = 0;
        int longSentences = 0;
        int counted = 0;
        for (String sentence : sentences) {
            List<String> inSentence = words(sentence);
            if (inSentence.isEmpty()) {
                continue;
            }
            counted++;
            words += inSentence.size();
            longWords += (int) inSentence.stream().filter(word -> letters(word) > 6).count();
            if (inSentence.size() > limits.sentenceWords()) {
                longSentences++;
                hints.add(new Hint(Kind.LONG_SENTENCE, List.of(inSentence.size(), String.join(" ",
                        inSentence.subList(0, Math.min(QUOTED_WORDS, inSentence.size()))) + " …")));
            }
        }
        Integer lix = words < MEASURED_FROM ? null
                : (int) Math.round((double) words / counted + 100.0 * longWords / words);
        if (lix != null && lix > limits.lixTarget()) {
            hints.addFirst(new Hint(Kind.LIX_HIGH, List.of(lix, limits.lixTarget())));
        }

        String all = (safeTitle + "\n" + safeLead + "\n" + String.join("\n", structure.blocks)).toLowerCase(Locale.ROOT);
        wordList(language).forEach((word, plainer) -> {
            String found = found(all, word);
            if (found != null) {
                hints.add(new Hint(Kind.PLAINER_WORD, List.of(found, plainer)));
            }
        });

        List<String> leadWords = words(safeLead);
        if (leadWords.isEmpty()) {
            hints.add(new Hint(Kind.LEAD_MISSING, List.of()));
        } else if (leadWords.size() > limits.leadWords()) {
            hints.add(new Hint(Kind.LEAD_LONG, List.of(leadWords.size(), limits.leadWords())));
        }
        if (safeTitle.endsWith(".") && words(safeTitle).size() > 3) {
            hints.add(new Hint(Kind.TITLE_SENTENCE, List.of()));
        }
        if (LETTERS.matcher(safeTitle).results().count() >= 4 && safeTitle.equals(safeTitle.toUpperCase(Locale.ROOT))) {
            hints.add(new Hint(Kind.TITLE_CAPITALS, List.of()));
        }
        hints.addAll(structure.accessibility);
        // the same hint twice (the same bare link in two places) is one line
        return new Result(lix, lix == null ? null : Band.of(lix), words, counted, longSentences,
                List.copyOf(new java.util.LinkedHashSet<>(hints)));
    }

    /** The text's blocks as plain text (paragraphs, list items, headings) and what in it a screen reader misses. */
    private record Structure(List<String> blocks, List<Hint> accessibility) {
    }

    private static Structure structure(String markdown) {
        Node document = PARSER.parse(markdown);
        List<String> blocks = new ArrayList<>();
        List<Hint> accessibility = new ArrayList<>();
        int[] lastLevel = {0};
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Paragraph paragraph) {
                blocks.add(text(paragraph));
                visitChildren(paragraph);
            }

            @Override
            public void visit(Heading heading) {
                String text = text(heading);
                blocks.add(text);
                if (lastLevel[0] > 0 && heading.getLevel() > lastLevel[0] + 1) {
                    accessibility.add(new Hint(Kind.HEADING_SKIPS, List.of(text)));
                }
                lastLevel[0] = heading.getLevel();
                visitChildren(heading);
            }

            @Override
            public void visit(Image image) {
                String alt = text(image).strip();
                if (alt.isEmpty() || FILE_NAME.matcher(alt).matches() || alt.equalsIgnoreCase("bilde")
                        || alt.equalsIgnoreCase("image") || alt.equalsIgnoreCase("bild")) {
                    accessibility.add(new Hint(Kind.IMAGE_TEXT, List.of(alt.isEmpty() ? "–" : alt)));
                }
            }

            @Override
            public void visit(Link link) {
                String text = text(link).strip();
                String lower = text.toLowerCase(Locale.ROOT);
                if (List.of("her", "klikk her", "trykk her", "les mer", "lenke", "her.", "click here", "here",
                        "klicka här", "här", "link").contains(lower) || BARE_ADDRESS.matcher(text).matches()) {
                    accessibility.add(new Hint(Kind.LINK_TEXT, List.of(text)));
                }
                visitChildren(link);
            }

            @Override
            public void visit(CustomBlock block) {
                // a table's cells are not prose; a header row without words names no column for a screen reader
                if (block instanceof TableBlock table && !headerNamed(table)) {
                    accessibility.add(new Hint(Kind.TABLE_HEADER, List.of()));
                }
                visitChildren(block);
            }

            @Override
            public void visit(FencedCodeBlock code) {
                // code is not prose
            }

            @Override
            public void visit(IndentedCodeBlock code) {
                // code is not prose
            }

            @Override
            public void visit(BulletList list) {
                visitChildren(list);
            }

            @Override
            public void visit(OrderedList list) {
                visitChildren(list);
            }

            @Override
            public void visit(ListItem item) {
                visitChildren(item);
            }
        });
        return new Structure(blocks, accessibility);
    }

    /** Whether a table's header row has words in at least one cell. */
    private static boolean headerNamed(TableBlock table) {
        for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
            if (part instanceof TableHead head) {
                for (Node row = head.getFirstChild(); row != null; row = row.getNext()) {
                    for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                        if (cell instanceof TableCell && !text(cell).isBlank()) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    /** A node's text, with line breaks as spaces and code left out. */
    private static String text(Node node) {
        StringBuilder text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text found) {
                text.append(found.getLiteral());
            }

            @Override
            public void visit(Code code) {
                text.append(' ');
            }

            @Override
            public void visit(SoftLineBreak lineBreak) {
                text.append(' ');
            }

            @Override
            public void visit(HardLineBreak lineBreak) {
                text.append(' ');
            }
        });
        return text.toString();
    }

    /** The sentences of a block: ended by a full stop, colon, question or exclamation mark, or the block's end. */
    static List<String> sentences(String block) {
        String masked = ABBREVIATION.matcher(block).replaceAll(found -> Matcher.quoteReplacement(
                found.group().replace('.', '\u2024')));
        // a number such as 1.500 or 12.30 is not a sentence's end
        masked = DECIMAL.matcher(masked).replaceAll("$1\u2024$2");
        List<String> sentences = new ArrayList<>();
        for (String sentence : SENTENCE_END.split(masked)) {
            if (!sentence.isBlank()) {
                sentences.add(sentence.replace('\u2024', '.').strip());
            }
        }
        return sentences;
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text == null ? "" : text);
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }

    private static int letters(String word) {
        return (int) word.codePoints().filter(Character::isLetter).count();
    }

    /**
     * The word or phrase as the (lower-case) text has it, whole (not inside another word), or null; an entry ending in
     * {@code *} is a stem and takes any ending ("benytt*": benytte, benyttes, benyttet).
     */
    static String found(String text, String entry) {
        boolean stem = entry.endsWith("*");
        String lower = (stem ? entry.substring(0, entry.length() - 1) : entry).toLowerCase(Locale.ROOT);
        int from = 0;
        while (true) {
            int at = text.indexOf(lower, from);
            if (at < 0) {
                return null;
            }
            int end = at + lower.length();
            if (stem) {
                while (end < text.length() && Character.isLetter(text.charAt(end))) {
                    end++;
                }
            }
            boolean startsClean = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            boolean endsClean = end >= text.length() || !Character.isLetterOrDigit(text.charAt(end))
                    || lower.endsWith(".");
            if (startsClean && endsClean) {
                return text.substring(at, end);
            }
            from = at + 1;
        }
    }

    private static Map<String, String> load(String resource) {
        Map<String, String> words = new LinkedHashMap<>();
        try (InputStream in = WritingHints.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                int equals = line.indexOf('=');
                if (!line.isBlank() && !line.startsWith("#") && equals > 0) {
                    words.put(line.substring(0, equals).strip(), line.substring(equals + 1).strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
