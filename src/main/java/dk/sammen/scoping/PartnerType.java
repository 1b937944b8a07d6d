package dk.sammen.scoping;

/** The eight partner types of seed 001. */
public enum PartnerType {
    SAME_MUNICIPALITY, OTHER_PUBLIC_BODY, PRIVATE_COMPANY, CITIZENS, VOLUNTARY_ASSOCIATION,
    KNOWLEDGE_INSTITUTION, FOUNDATION, ABROAD;

    public String messageKey() {
        return "partnerType." + name();
    }
}
