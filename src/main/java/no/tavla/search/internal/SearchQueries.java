package no.tavla.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import no.tavla.shared.Language;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * What the reader typed, as a Lucene query: each word in every language's form, matched exactly (weighs most), as the
 * start of a longer word ("barnehage" finds "barnehageopptak") and with a typo or two in long words; titles weigh
 * double. Every word must match; a search that finds nothing so tries again with all but one of three or more words. Stop words and the words of a question ("hvem har
 * ansvar for lønn") are left out. Nothing the reader types is parsed as query syntax.
 */
public final class SearchQueries {

    /** More words than this are not searched for (the rest of a pasted paragraph). */
    public static final int MAX_WORDS = 8;
    /** A query longer than this is cut. */
    public static final int MAX_LENGTH = 200;

    private SearchQueries() {
    }

    /** The words of a query as the reader typed them: trimmed, at most {@link #MAX_WORDS}, nothing else changed. */
    public static List<String> words(String typed) {
        if (typed == null) {
            return List.of();
        }
        String cut = typed.length() > MAX_LENGTH ? typed.substring(0, MAX_LENGTH) : typed;
        return Arrays.stream(cut.trim().split("[\\s\\p{Punct}&&[^-]]+")).filter(word -> !word.isBlank())
                .limit(MAX_WORDS).toList();
    }

    /**
     * The words of a question about who does what, in any of Tavla's languages: not what is looked for, so left out
     * like stop words ("hvem har ansvar for lønn" looks for "lønn").
     */
    private static final Set<String> QUESTION_WORDS = Set.of("hvem", "kven", "hva", "kva", "ansvar", "ansvarlig",
            "ansvarleg", "ansvarlige", "jobber", "arbeider", "kontakt", "kontaktperson", "vem", "vad", "ansvarig",
            "who", "what", "responsible", "responsibility", "contact");

    /**
     * The query for these words in these languages. A word that is a stop word in the reader's language ("for") or
     * the word of a question ("hvem", "ansvar") is left out, unless every word is one.
     */
    public static Query of(List<String> words, Set<Language> languages, Language reader) {
        return of(words, languages, reader, true, false);
    }

    /**
     * The query, with typos allowed or not, and every word required or (of three or more) all but one. The strict
     * query is the cheap one, so a search tries it first and loosens only when it finds nothing
     * (docs/BENCHMARKS.md, "Search").
     */
    public static Query of(List<String> words, Set<Language> languages, Language reader, boolean typos,
                           boolean everyWord) {
        List<String> meant = words.stream().filter(word -> !SearchAnalyzers.isStopWord(reader, word)
                && !QUESTION_WORDS.contains(word.toLowerCase(Locale.ROOT))).toList();
        if (meant.isEmpty()) {
            meant = words;
        }
        List<Query> perWord = new ArrayList<>();
        for (String word : meant) {
            Query one = word(word, languages, typos);
            if (one != null) {
                perWord.add(one);
            }
        }
        if (perWord.isEmpty()) {
            return new MatchNoDocsQuery();
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        perWord.forEach(query -> all.add(query, BooleanClause.Occur.SHOULD));
        all.setMinimumNumberShouldMatch(everyWord || perWord.size() <= 2 ? perWord.size() : perWord.size() - 1);
        return all.build();
    }

    private static Query word(String word, Set<Language> languages, boolean typos) {
        BooleanQuery.Builder forms = new BooleanQuery.Builder();
        int clauses = 0;
        for (Language language : languages) {
            for (String form : forms(language, word)) {
                for (boolean title : new boolean[] {true, false}) {
                    String field = SearchIndex.field(language, title);
                    float weight = title ? 2f : 1f;
                    forms.add(new BoostQuery(new TermQuery(new Term(field, form)), 3f * weight),
                            BooleanClause.Occur.SHOULD);
                    clauses++;
                    if (form.length() >= 3) {
                        forms.add(new BoostQuery(new PrefixQuery(new Term(field, form)), 1.5f * weight),
                                BooleanClause.Occur.SHOULD);
                        clauses++;
                    }
                    if (typos && form.length() >= 5 && form.length() <= 30) {
                        forms.add(new BoostQuery(new FuzzyQuery(new Term(field, form), form.length() >= 8 ? 2 : 1,
                                1), weight), BooleanClause.Occur.SHOULD);
                        clauses++;
                    }
                }
            }
        }
        return clauses == 0 ? null : forms.build();
    }

    /** The forms a word takes in the index of one language (none for its stop words). */
    static Set<String> forms(Language language, String word) {
        Set<String> forms = new LinkedHashSet<>();
        try (TokenStream stream = SearchAnalyzers.of(language).tokenStream("q", word.toLowerCase(Locale.ROOT))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                forms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return forms;
    }
}
