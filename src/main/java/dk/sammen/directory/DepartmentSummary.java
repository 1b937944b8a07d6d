package dk.sammen.directory;

/** A department; a deactivated one stays in old scopings and charters but is offered nowhere new. */
public record DepartmentSummary(DepartmentId id, String name, String shortName, boolean active) {
}
