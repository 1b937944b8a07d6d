package dk.sammen.directory;

public record DepartmentSummary(DepartmentId id, String name, String shortName) {
}
