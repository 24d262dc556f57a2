package no.tavla.organisation;

import java.util.List;

/** An import that was not applied because its files have problems; nothing was written. */
public class ImportRejected extends RuntimeException {

    private final transient List<ImportProblem> problems;

    public ImportRejected(List<ImportProblem> problems) {
        super(problems.size() + " problem(s) in the import files; nothing was imported");
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
