package no.tavla.search.internal;

import java.util.EnumMap;
import java.util.Map;

import no.tavla.shared.Language;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.ScandinavianFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.ScandinavianNormalizationFilter;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.no.NorwegianLightStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.sv.SwedishLightStemFilter;

/**
 * One analyser per language Tavla writes in: words split, lower-cased, stop words dropped, a light stemmer
 * ("barnehagene" and "barnehage" to "barnehag"), then æ/ø/å and their ASCII spellings (ae, oe/o, aa) folded to one
 * form, so "sykefravaer" and "sykefravær" meet. Light stemmers on purpose: the heavier Snowball ones join words that
 * mean different things. Compounds are met by prefix queries on the stem ({@link SearchQueries}).
 */
public final class SearchAnalyzers {

    /** NorwegianLightStemmer's flags (the class is not public): Bokmål's endings, Nynorsk's. */
    private static final int BOKMAAL = 1;
    private static final int NYNORSK = 2;
    private static final Map<Language, Analyzer> ANALYZERS = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            ANALYZERS.put(language, new LanguageAnalyzer(language));
        }
    }

    private SearchAnalyzers() {
    }

    /** The analyser for text in this language. */
    public static Analyzer of(Language language) {
        return ANALYZERS.get(language);
    }

    /** Whether the word is a stop word in the language (too common to search for). */
    static boolean isStopWord(Language language, String word) {
        return stopWords(language).contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    private static CharArraySet stopWords(Language language) {
        return switch (language) {
            case BOKMAAL, NYNORSK -> NorwegianAnalyzer.getDefaultStopSet();
            case SWEDISH -> SwedishAnalyzer.getDefaultStopSet();
            case ENGLISH -> EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
        };
    }

    private static final class LanguageAnalyzer extends Analyzer {

        private final Language language;

        LanguageAnalyzer(Language language) {
            this.language = language;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream words = new LowerCaseFilter(source);
            if (language == Language.ENGLISH) {
                words = new EnglishPossessiveFilter(words);
            }
            if (language == Language.BOKMAAL || language == Language.NYNORSK) {
                // "ae", "oe" and "aa" written for æ, ø, å become them before the stemmer, which knows Norwegian endings
                words = new ScandinavianNormalizationFilter(words);
            }
            words = new StopFilter(words, stopWords(language));
            words = switch (language) {
                case BOKMAAL -> new NorwegianLightStemFilter(words, BOKMAAL);
                case NYNORSK -> new NorwegianLightStemFilter(words, NYNORSK);
                case SWEDISH -> new SwedishLightStemFilter(words);
                case ENGLISH -> new EnglishMinimalStemFilter(words);
            };
            return new TokenStreamComponents(source, new ScandinavianFoldingFilter(words));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ScandinavianFoldingFilter(new LowerCaseFilter(in));
        }
    }
}
