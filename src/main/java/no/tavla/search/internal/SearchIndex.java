package no.tavla.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import no.tavla.shared.Language;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * One instance's Lucene index of items, units and people: in a directory of its own, memory-mapped (off the heap),
 * written by one writer and read through a searcher that {@link #refresh()} brings up to date. It holds words to find
 * things by and the ids, never what is shown: every hit is looked up, and checked, in its module (decision 0027).
 */
public final class SearchIndex implements AutoCloseable {

    /** What a document is. */
    public enum Type {
        ITEM, PERSON, UNIT, PLAN
    }

    /** The words of one thing in one language: a title (weighs more) and the rest. */
    public record Words(String title, String text) {
    }

    /**
     * One thing to find.
     *
     * @param unitId   for an item, the unit that owns it (for the unit filter)
     * @param kind     for an item, its kind
     * @param released for an item, its internal release
     * @param reach    for an item, whom its audience reaches by unit ({@link #reaching}); empty for other things
     */
    public record Entry(Type type, long id, Map<Language, Words> words, Long unitId, String kind, Instant released,
                        java.util.Set<String> reach) {

        public Entry {
            reach = reach == null ? java.util.Set.of() : java.util.Set.copyOf(reach);
        }

        public Entry(Type type, long id, Map<Language, Words> words, Long unitId, String kind, Instant released) {
            this(type, id, words, unitId, kind, released, java.util.Set.of());
        }
    }

    /** A hit: what and how well it matched. */
    public record Hit(Type type, long id, float score) {
    }

    static final String KEY = "key";
    static final String TYPE = "type";
    static final String ID = "id";
    static final String UNIT = "unit";
    static final String KIND = "kind";
    static final String RELEASED = "released";
    static final String REACH = "reach";
    /** An item for the whole municipality. */
    public static final String EVERYONE = "all";

    private final Path path;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    public SearchIndex(Path path) {
        try {
            this.path = path;
            Files.createDirectories(path);
            this.directory = FSDirectory.open(path);
            IndexWriterConfig config = new IndexWriterConfig(analyzer());
            config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            this.writer = new IndexWriter(directory, config);
            this.searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The field holding a title (or, with {@code title} false, the other words) in a language. */
    static String field(Language language, boolean title) {
        return (title ? "title_" : "text_") + language.tag();
    }

    private static Analyzer analyzer() {
        Map<String, Analyzer> fields = new java.util.HashMap<>();
        for (Language language : Language.values()) {
            fields.put(field(language, true), SearchAnalyzers.of(language));
            fields.put(field(language, false), SearchAnalyzers.of(language));
        }
        return new PerFieldAnalyzerWrapper(SearchAnalyzers.of(Language.DEFAULT), fields);
    }

    private static Term key(Type type, long id) {
        return new Term(KEY, type.name() + ":" + id);
    }

    /** Adds the thing, or replaces what the index had of it. */
    public void put(Entry entry) {
        Document document = new Document();
        document.add(new StringField(KEY, entry.type().name() + ":" + entry.id(), Field.Store.NO));
        document.add(new StringField(TYPE, entry.type().name(), Field.Store.NO));
        document.add(new StoredField(ID, entry.id()));
        if (entry.unitId() != null) {
            document.add(new StringField(UNIT, String.valueOf(entry.unitId()), Field.Store.NO));
        }
        if (entry.kind() != null) {
            document.add(new StringField(KIND, entry.kind(), Field.Store.NO));
        }
        if (entry.released() != null) {
            document.add(new LongPoint(RELEASED, entry.released().getEpochSecond()));
        }
        entry.reach().forEach(reach -> document.add(new StringField(REACH, reach, Field.Store.NO)));
        entry.words().forEach((language, words) -> {
            document.add(new TextField(field(language, true), nullToEmpty(words.title()), Field.Store.NO));
            document.add(new TextField(field(language, false), nullToEmpty(words.text()), Field.Store.NO));
        });
        try {
            writer.updateDocument(key(entry.type(), entry.id()), document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    /** Takes the thing out of the index (nothing happens if it was not in it). */
    public void delete(Type type, long id) {
        try {
            writer.deleteDocuments(key(type, id));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Empties the index, for a rebuild. */
    public void clear() {
        try {
            writer.deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes what was put and deleted so far visible to searches, and keeps it on disk. */
    public void refresh() {
        try {
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The best hits of one type for the query, within the filter (null for none), best first. */
    public List<Hit> search(Type type, Query query, Query filter, int max) {
        BooleanQuery.Builder within = new BooleanQuery.Builder()
                .add(query, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(TYPE, type.name())), BooleanClause.Occur.FILTER);
        if (filter != null) {
            within.add(filter, BooleanClause.Occur.FILTER);
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                List<Hit> hits = new ArrayList<>();
                var stored = searcher.storedFields();
                for (ScoreDoc found : searcher.search(within.build(), Math.max(1, max)).scoreDocs) {
                    long id = stored.document(found.doc).getField(ID).numericValue().longValue();
                    hits.add(new Hit(type, id, found.score));
                }
                hits.sort(Comparator.comparing(Hit::score).reversed());
                return hits;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many things the index holds (as last refreshed). */
    public int size() {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.getIndexReader().numDocs();
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The index's size on disk. */
    public long bytes() {
        try (Stream<Path> files = Files.list(path)) {
            return files.mapToLong(file -> file.toFile().length()).sum();
        } catch (IOException e) {
            return 0;
        }
    }

    /** Filters: items owned by one of these units. */
    public static Query ownedByAnyOf(java.util.Collection<Long> unitIds) {
        return new org.apache.lucene.search.TermInSetQuery(UNIT, unitIds.stream()
                .map(id -> new org.apache.lucene.util.BytesRef(String.valueOf(id))).toList());
    }

    /** How an audience unit is kept: its members ({@code u:}), or with the units below it ({@code s:}). */
    public static String reach(long unitId, boolean withUnitsBelow) {
        return (withUnitsBelow ? "s:" : "u:") + unitId;
    }

    /**
     * Filters: items whose audience reaches a reader by unit: the whole municipality, one of their units, or one of
     * their units or those above with the units below. Only to narrow the candidates; the feed's own condition
     * ({@code AudienceCondition}) decides every hit, roles and times included (decision 0027).
     */
    public static Query reaching(java.util.Collection<Long> units, java.util.Collection<Long> unitsAndAbove) {
        List<org.apache.lucene.util.BytesRef> terms = new ArrayList<>();
        terms.add(new org.apache.lucene.util.BytesRef(EVERYONE));
        units.forEach(unit -> terms.add(new org.apache.lucene.util.BytesRef(reach(unit, false))));
        unitsAndAbove.forEach(unit -> terms.add(new org.apache.lucene.util.BytesRef(reach(unit, true))));
        return new org.apache.lucene.search.TermInSetQuery(REACH, terms);
    }

    /** Items whose audience reaches the reader by one of their units (not the whole municipality): the own-unit lift. */
    public static Query reachingByUnit(java.util.Collection<Long> units, java.util.Collection<Long> unitsAndAbove) {
        List<org.apache.lucene.util.BytesRef> terms = new ArrayList<>();
        units.forEach(unit -> terms.add(new org.apache.lucene.util.BytesRef(reach(unit, false))));
        unitsAndAbove.forEach(unit -> terms.add(new org.apache.lucene.util.BytesRef(reach(unit, true))));
        return new org.apache.lucene.search.TermInSetQuery(REACH, terms);
    }

    /** Filters: items of this kind. */
    public static Query ofKind(String kind) {
        return new TermQuery(new Term(KIND, kind));
    }

    /** Filters: items released at or after the instant. */
    public static Query releasedSince(Instant since) {
        return LongPoint.newRangeQuery(RELEASED, since.getEpochSecond(), Long.MAX_VALUE);
    }

    /** Filters: all of these (null when there are none). */
    public static Query allOf(List<Query> filters) {
        if (filters.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        filters.forEach(filter -> all.add(filter, BooleanClause.Occur.FILTER));
        return all.build();
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
