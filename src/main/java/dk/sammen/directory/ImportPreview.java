package dk.sammen.directory;

import dk.sammen.base.Problem;
import java.util.List;

/**
 * What an import of people would do, row by row, before anything is stored: each row is new or an
 * update (matched by e-mail), with its problems. Problems of the whole file come first.
 */
public record ImportPreview(List<Problem> fileProblems, List<Row> rows, List<String> newDepartments, int emptyLinesSkipped) {

    public boolean canImport() {
        return fileProblems.isEmpty() && !rows.isEmpty() && rows.stream().allMatch(r -> r.problems().isEmpty());
    }

    public long newPeople() {
        return rows.stream().filter(r -> r.action() == Action.NEW).count();
    }

    public long updatedPeople() {
        return rows.stream().filter(r -> r.action() == Action.UPDATE).count();
    }

    public long rowsWithProblems() {
        return rows.stream().filter(r -> !r.problems().isEmpty()).count();
    }

    public enum Action {
        NEW, UPDATE;

        public String messageKey() {
            return "import.action." + name();
        }
    }

    /** One line of the file (line numbers as a spreadsheet shows them: the header is line 1). */
    public record Row(long line, String name, String email, String department, String jobTitle, Action action, List<Problem> problems) {
    }
}
