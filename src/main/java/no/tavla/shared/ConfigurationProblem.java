package no.tavla.shared;

/**
 * A setting that is missing or wrong. Start-up stops with one line that names the environment variable and says what
 * to do, instead of a stack trace (see {@code ConfigurationProblemFailureAnalyzer}).
 */
public class ConfigurationProblem extends RuntimeException {

    private final String variable;
    private final String fix;

    public ConfigurationProblem(String variable, String problem, String fix) {
        super(variable + ": " + problem);
        this.variable = variable;
        this.fix = fix;
    }

    public String variable() {
        return variable;
    }

    public String fix() {
        return fix;
    }
}
