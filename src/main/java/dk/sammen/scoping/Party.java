package dk.sammen.scoping;

import dk.sammen.directory.DepartmentSummary;

/** A party of a scoping: a department, its partner type and its day-to-day contact. */
public record Party(PartyId id, DepartmentSummary department, PartnerType partnerType, String dayToDayContact) {

    public String name() {
        return department.name();
    }
}
