package dk.sammen.directory;

public record DepartmentId(long value) {
}
