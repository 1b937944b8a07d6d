package dk.sammen.scoping;

import dk.sammen.directory.DepartmentId;
import java.util.List;

/** What a facilitator gives to start a scoping: a title, maybe a case number, and at least two parties. */
public record NewScoping(String title, String caseNumber, List<NewParty> parties) {

    public NewScoping {
        parties = List.copyOf(parties);
    }

    public record NewParty(DepartmentId department, PartnerType partnerType) {
    }
}
