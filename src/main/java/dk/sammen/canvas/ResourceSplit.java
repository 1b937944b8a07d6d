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

    /** Works out section 9 from the parties and a way to read one stored answer (empty when not given). */
    public static ResourceSplit compute(List<dk.sammen.scoping.Party> parties, java.util.function.Function<FieldRef, String> answer) {
        BigDecimal hours = BigDecimal.ZERO;
        BigDecimal money = BigDecimal.ZERO;
        BigDecimal shares = BigDecimal.ZERO;
        java.util.ArrayList<PartyLine> lines = new java.util.ArrayList<>();
        for (var party : parties) {
            BigDecimal h = number(answer.apply(FieldRef.forParty(CanvasTemplate.RESOURCES, CanvasTemplate.HOURS, party.id())));
            BigDecimal m = number(answer.apply(FieldRef.forParty(CanvasTemplate.RESOURCES, CanvasTemplate.MONEY, party.id())));
            BigDecimal s = number(answer.apply(FieldRef.forParty(CanvasTemplate.RESOURCES, CanvasTemplate.SHARE, party.id())));
            hours = hours.add(h);
            money = money.add(m);
            shares = shares.add(s);
            lines.add(new PartyLine(party.id(), party.name(), h, m, s, BigDecimal.ZERO, BigDecimal.ZERO));
        }
        BigDecimal totalHours = hours;
        BigDecimal totalMoney = money;
        return new ResourceSplit(lines.stream()
                .map(l -> new PartyLine(l.party(), l.partyName(), l.hours(), l.money(), l.agreedShare(),
                        percentOf(l.hours(), totalHours), percentOf(l.money(), totalMoney)))
                .toList(), totalHours, totalMoney, shares);
    }

    private static BigDecimal number(String text) {
        return text.isEmpty() ? BigDecimal.ZERO : new BigDecimal(text);
    }

    /** Percentage of {@code part} in {@code whole}, one decimal; zero when the whole is zero. */
    public static BigDecimal percentOf(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) return BigDecimal.ZERO;
        return part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP);
    }
}
