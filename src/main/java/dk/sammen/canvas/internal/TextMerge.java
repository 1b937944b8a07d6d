package dk.sammen.canvas.internal;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Merges two people's edits of the same text made from the same version (three-way, from that
 * common version), the way a careful colleague would: changes in different places are both kept;
 * changes to the same place (or right next to each other, where their order would be a guess) are
 * a conflict for the people to decide, with a proposal that keeps both.
 *
 * <p>The text is compared word by word (a word, a run of spaces, or any other single character
 * such as a full stop or an emoji), so two sentences added in different places of one paragraph
 * merge, and a surrogate pair is never split. The diff itself is java-diff-utils' Myers diff.
 */
public final class TextMerge {

    /** What the merge gives: the merged text, or a conflict with a proposal that loses neither side. */
    public sealed interface Result {
    }

    /**
     * Both edits kept. {@code theirsAdded} and {@code mineAdded} are the words each side put in,
     * for the short note of who added what ("" when a side only removed).
     */
    public record Merged(String text, String theirsAdded, String mineAdded) implements Result {
    }

    /** The edits touch the same place; {@code proposal} keeps both versions of each such place, theirs first. */
    public record Conflict(String proposal) implements Result {
    }

    private TextMerge() {
    }

    public static Result merge(String base, String theirs, String mine) {
        List<String> original = tokens(base);
        List<Change> theirChanges = changes(original, tokens(theirs), Side.THEIRS);
        List<Change> myChanges = changes(original, tokens(mine), Side.MINE);
        List<Change> all = new ArrayList<>(theirChanges);
        all.addAll(myChanges);
        all.sort(Comparator.comparingInt(Change::start).thenComparingInt(Change::end));

        StringBuilder merged = new StringBuilder();
        StringBuilder proposal = new StringBuilder();
        boolean conflict = false;
        int at = 0;
        for (int i = 0; i < all.size(); ) {
            // A cluster: changes that overlap or touch, from either side.
            int start = all.get(i).start();
            int end = all.get(i).end();
            int j = i + 1;
            while (j < all.size() && all.get(j).start() <= end) {
                end = Math.max(end, all.get(j).end());
                j++;
            }
            List<Change> cluster = all.subList(i, j);
            String unchanged = join(original, at, start);
            merged.append(unchanged);
            proposal.append(unchanged);
            String theirVersion = apply(original, start, end, cluster, Side.THEIRS);
            String myVersion = apply(original, start, end, cluster, Side.MINE);
            boolean oneSide = cluster.stream().map(Change::side).distinct().count() == 1;
            if (oneSide) {
                String only = cluster.getFirst().side() == Side.THEIRS ? theirVersion : myVersion;
                merged.append(only);
                proposal.append(only);
            } else if (theirVersion.equals(myVersion)) {
                merged.append(myVersion); // both made the same change: once
                proposal.append(myVersion);
            } else {
                conflict = true;
                proposal.append(both(theirVersion, myVersion));
            }
            at = end;
            i = j;
        }
        String rest = join(original, at, original.size());
        merged.append(rest);
        proposal.append(rest);
        if (conflict) return new Conflict(proposal.toString());
        return new Merged(merged.toString(), added(theirChanges), added(myChanges));
    }

    /** Whether {@code revised} keeps every word of {@code original}, in order, and only adds to it. */
    public static boolean onlyAdds(String original, String revised) {
        return DiffUtils.diff(tokens(original), tokens(revised)).getDeltas().stream()
                .allMatch(delta -> delta.getType() == com.github.difflib.patch.DeltaType.INSERT);
    }

    private enum Side { THEIRS, MINE }

    /** One side's change of the common version: its tokens {@code [start, end)} become {@code replacement}. */
    private record Change(Side side, int start, int end, List<String> replacement) {
    }

    private static List<Change> changes(List<String> original, List<String> revised, Side side) {
        List<Change> changes = new ArrayList<>();
        for (AbstractDelta<String> delta : DiffUtils.diff(original, revised).getDeltas()) {
            int start = delta.getSource().getPosition();
            changes.add(new Change(side, start, start + delta.getSource().size(), delta.getTarget().getLines()));
        }
        return changes;
    }

    /** The common version's tokens {@code [start, end)} with one side's changes of that stretch applied. */
    private static String apply(List<String> original, int start, int end, List<Change> cluster, Side side) {
        StringBuilder text = new StringBuilder();
        int at = start;
        for (Change change : cluster) {
            if (change.side() != side) continue;
            text.append(join(original, at, change.start()));
            change.replacement().forEach(text::append);
            at = change.end();
        }
        return text.append(join(original, at, end)).toString();
    }

    private static String both(String theirs, String mine) {
        if (theirs.isBlank()) return mine;
        if (mine.isBlank()) return theirs;
        boolean spaced = Character.isWhitespace(theirs.codePointBefore(theirs.length())) || Character.isWhitespace(mine.codePointAt(0));
        return theirs + (spaced ? "" : " ") + mine;
    }

    private static String added(List<Change> changes) {
        return String.join(" … ", changes.stream().map(c -> String.join("", c.replacement()).strip()).filter(s -> !s.isEmpty()).toList());
    }

    private static String join(List<String> tokens, int from, int to) {
        return from >= to ? "" : String.join("", tokens.subList(from, to));
    }

    /** Words (letters and digits, Danish letters included), runs of whitespace, and every other code point alone. */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int first = text.codePointAt(i);
            int end = i + Character.charCount(first);
            if (Character.isLetterOrDigit(first) || Character.isWhitespace(first)) {
                boolean word = Character.isLetterOrDigit(first);
                while (end < text.length()) {
                    int next = text.codePointAt(end);
                    if (word ? !Character.isLetterOrDigit(next) : !Character.isWhitespace(next)) break;
                    end += Character.charCount(next);
                }
            }
            tokens.add(text.substring(i, end));
            i = end;
        }
        return tokens;
    }
}
