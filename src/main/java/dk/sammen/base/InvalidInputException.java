package dk.sammen.base;

import java.util.List;

/** Thrown by a service when input breaks a rule; nothing has been changed when it is thrown. */
public class InvalidInputException extends RuntimeException {

    private final List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.messageKey()).toList().toString());
        if (problems.isEmpty()) throw new IllegalArgumentException("no problems given");
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }

    /** Collects problems and throws them together, so the user sees every one at once. */
    public static final class Collector {
        private final java.util.ArrayList<Problem> problems = new java.util.ArrayList<>();

        public Collector add(String field, String key, Object... args) {
            problems.add(Problem.of(field, key, args));
            return this;
        }

        public boolean isEmpty() {
            return problems.isEmpty();
        }

        /** What was collected, for a caller that reports problems without throwing (a preview). */
        public List<Problem> problems() {
            return List.copyOf(problems);
        }

        public void throwIfAny() {
            if (!problems.isEmpty()) throw new InvalidInputException(problems);
        }
    }
}
