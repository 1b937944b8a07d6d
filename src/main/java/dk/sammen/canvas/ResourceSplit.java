package dk.sammen.canvas;

import dk.sammen.scoping.PartyId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Section 9 worked out: each party's hours, money and agreed share, each party's computed share
 * of the hours and of the money, and whether the agreed shares add up to 100 %.
 */
public record ResourceSplit(List<PartyLine> lines, BigDecimal totalHours, BigDecimal totalMoney, BigDecimal shareSum) {

    public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public ResourceSplit {
        lines = List.copyOf(lines);
    }

    public boolean balanced() {
        return shareSum.compareTo(HUNDRED) == 0;
    }

    public record PartyLine(PartyId party, String partyName, BigDecimal hours, BigDecimal money, BigDecimal agreedShare,
                            BigDecimal hoursShare, BigDecimal moneyShare) {
    }

    /** Percentage of {@code part} in {@code whole}, one decimal; zero when the whole is zero. */
    public static BigDecimal percentOf(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) return BigDecimal.ZERO;
        return part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP);
    }
}
