package dk.sammen.directory;

import dk.sammen.base.InvalidInputException;
import dk.sammen.base.Problem;
import dk.sammen.base.TextRules;
import dk.sammen.base.Translations;
import dk.sammen.directory.internal.Department;
import dk.sammen.directory.internal.DepartmentRepository;
import dk.sammen.security.AccountService;
import dk.sammen.security.AdminAudit;
import dk.sammen.security.CurrentUser;
import dk.sammen.security.UserSummary;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Departments and people from a CSV file from HR: UTF-8, ";" or "," between columns, a header row.
 * A preview lists every row with its problems; the import itself is all or nothing, and importing the
 * same file again updates people (matched by e-mail) instead of adding them twice.
 */
@Service
public class PeopleImport {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_ROWS = 10_000;
    private static final int SLICE = 200;

    /** Accepted header names per column, Danish first; compared without case. */
    enum Column {
        NAME(true, "navn", "name", "fulde navn", "full name"),
        EMAIL(true, "e-mail", "email", "mail", "e-mailadresse"),
        DEPARTMENT(true, "afdeling", "department", "enhed", "unit"),
        DEPARTMENT_SHORT(false, "afdelingskort", "kortnavn", "short name", "department short name"),
        USERNAME(false, "brugernavn", "username", "user name"),
        JOB_TITLE(false, "stilling", "jobtitel", "job title", "title"),
        LANGUAGE(false, "sprog", "language");

        final boolean required;
        final List<String> names;

        Column(boolean required, String... names) {
            this.required = required;
            this.names = List.of(names);
        }
    }

    /** The template offered for download: the header and one example row. */
    public static final String TEMPLATE = "navn;e-mail;afdeling;afdelingskort;brugernavn;stilling;sprog\r\n"
            + "Anne Ørsted Hansen;anne.hansen@kommune.dk;Byudvikling;BU;;Byplanlægger;da\r\n";

    private final DepartmentRepository departments;
    private final DirectoryService directory;
    private final AccountService accounts;
    private final AdminAudit audit;
    private final CurrentUser currentUser;
    private final EntityManager entityManager;

    PeopleImport(DepartmentRepository departments, DirectoryService directory, AccountService accounts, AdminAudit audit,
                 CurrentUser currentUser, EntityManager entityManager) {
        this.entityManager = entityManager;
        this.departments = departments;
        this.directory = directory;
        this.accounts = accounts;
        this.audit = audit;
        this.currentUser = currentUser;
    }

    /** Reads the file and says what an import would do; stores nothing. */
    @Transactional(readOnly = true)
    public ImportPreview preview(byte[] file) {
        requireAdministrator();
        return read(file).preview;
    }

    /** Imports the file if, and only if, no row has a problem: everything is stored, or nothing. */
    @Transactional
    public ImportPreview importFile(byte[] file, String fileName) {
        requireAdministrator();
        Read read = read(file);
        if (!read.preview.canImport()) throw new InvalidInputException(Problem.of("file", "import.notImported"));
        Map<String, Long> departmentIds = new HashMap<>();
        departments.findAll().forEach(d -> departmentIds.put(d.getName().toLowerCase(Locale.ROOT), d.requireId()));
        for (Parsed row : read.rows) {
            String key = row.department.toLowerCase(Locale.ROOT);
            if (!departmentIds.containsKey(key)) departmentIds.put(key, directory.createDepartment(row.department, row.departmentShort).value());
        }
        // In slices, with the persistence context written out and emptied after each: otherwise every query
        // checks thousands of pending entities first, and 5 000 people take minutes instead of seconds.
        // Still one transaction: all or nothing.
        for (int from = 0; from < read.rows.size(); from += SLICE) {
            List<Parsed> slice = read.rows.subList(from, Math.min(read.rows.size(), from + SLICE));
            Map<String, UserSummary> people = accounts.importPeople(slice.stream()
                    .map(r -> new AccountService.NewPerson(r.username.isEmpty() ? null : r.username, r.name, r.email, r.language)).toList());
            for (Parsed row : slice) {
                UserSummary person = people.get(AccountService.normalEmail(row.email));
                directory.placeChecked(person.id(), departments.getReferenceById(departmentIds.get(row.department.toLowerCase(Locale.ROOT))),
                        row.jobTitle);
            }
            entityManager.flush();
            entityManager.clear();
        }
        audit.record("import.done", fileName, "", read.preview.newPeople() + " new, " + read.preview.updatedPeople() + " updated, "
                + read.preview.newDepartments().size() + " new departments");
        return read.preview;
    }

    private record Parsed(String name, String email, String department, String departmentShort, String username,
                          String jobTitle, Locale language) {
    }

    private record Read(ImportPreview preview, List<Parsed> rows) {
    }

    private static Read fileProblem(String key, Object... args) {
        return new Read(new ImportPreview(List.of(Problem.of("file", key, args)), List.of(), List.of(), 0), List.of());
    }

    private Read read(byte[] file) {
        if (file.length == 0) return fileProblem("import.empty");
        if (file.length > MAX_BYTES) return fileProblem("import.tooLarge", MAX_BYTES / (1024 * 1024));
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file)).toString();
        } catch (CharacterCodingException notUtf8) {
            return fileProblem("import.notUtf8");
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = count(firstLine, ';') >= count(firstLine, ',') ? ';' : ',';
        List<CSVRecord> records;
        try {
            records = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).setTrim(true).get()
                    .parse(new StringReader(text)).getRecords();
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException | IllegalArgumentException malformed) {
            return fileProblem("import.malformed");
        }
        if (records.isEmpty()) return fileProblem("import.empty");
        Map<Column, Integer> columns = new LinkedHashMap<>();
        List<Problem> fileProblems = new ArrayList<>();
        CSVRecord header = records.getFirst();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().toLowerCase(Locale.ROOT);
            for (Column column : Column.values()) {
                if (column.names.contains(name)) {
                    if (columns.containsKey(column)) fileProblems.add(Problem.of("file", "import.columnTwice", header.get(i)));
                    columns.put(column, i);
                }
            }
        }
        for (Column column : Column.values()) {
            if (column.required && !columns.containsKey(column)) fileProblems.add(Problem.of("file", "import.columnMissing", column.names.getFirst()));
        }
        if (!fileProblems.isEmpty()) return new Read(new ImportPreview(fileProblems, List.of(), List.of(), 0), List.of());
        int empty = 0;
        List<CSVRecord> data = new ArrayList<>();
        for (CSVRecord record : records.subList(1, records.size())) {
            if (record.stream().allMatch(String::isBlank)) empty++;
            else data.add(record);
        }
        if (data.size() > MAX_ROWS) return fileProblem("import.tooManyRows", data.size(), MAX_ROWS);
        if (data.isEmpty()) return fileProblem("import.noRows");

        Map<String, Department> known = new HashMap<>();
        departments.findAll().forEach(d -> known.put(d.getName().toLowerCase(Locale.ROOT), d));
        Set<String> emails = new HashSet<>();
        Set<String> usernames = new HashSet<>();
        List<String> newDepartments = new ArrayList<>();
        List<ImportPreview.Row> rows = new ArrayList<>();
        List<Parsed> parsed = new ArrayList<>();
        Set<String> existing = existingEmails(data, columns);
        for (CSVRecord record : data) {
            long line = record.getRecordNumber();
            List<Problem> problems = new ArrayList<>();
            if (record.size() != header.size()) problems.add(Problem.of("row", "import.columnCount", record.size(), header.size()));
            String name = cell(record, columns, Column.NAME);
            String email = AccountService.normalEmail(cell(record, columns, Column.EMAIL));
            String department = cell(record, columns, Column.DEPARTMENT);
            String departmentShort = cell(record, columns, Column.DEPARTMENT_SHORT);
            String username = cell(record, columns, Column.USERNAME).toLowerCase(Locale.ROOT);
            String jobTitle = cell(record, columns, Column.JOB_TITLE);
            String language = cell(record, columns, Column.LANGUAGE).toLowerCase(Locale.ROOT);
            boolean update = existing.contains(email);
            problems.addAll(accounts.check(new AccountService.NewPerson(username.isEmpty() ? null : username, name, email,
                    Locale.ENGLISH), true));
            var more = new InvalidInputException.Collector();
            TextRules.checkName(more, "department", department, DirectoryService.NAME_MAX, true);
            TextRules.checkSingleLine(more, "departmentShort", departmentShort, DirectoryService.SHORT_NAME_MAX, false);
            TextRules.checkSingleLine(more, "jobTitle", jobTitle, 200, false);
            if (!language.isEmpty() && !language.equals("da") && !language.equals("en")) more.add("language", "import.language");
            problems.addAll(more.problems());
            if (!email.isEmpty() && !emails.add(email)) problems.add(Problem.of("email", "import.emailTwice"));
            if (!username.isEmpty() && !usernames.add(username)) problems.add(Problem.of("username", "import.usernameTwice"));
            Department existingDepartment = known.get(department.toLowerCase(Locale.ROOT));
            if (existingDepartment != null && !existingDepartment.isActive()) {
                problems.add(Problem.of("department", "validation.departmentInactive"));
            } else if (existingDepartment == null && !department.isEmpty()
                    && newDepartments.stream().noneMatch(d -> d.equalsIgnoreCase(department))) {
                newDepartments.add(department);
            }
            rows.add(new ImportPreview.Row(line, name, email, department, jobTitle,
                    update ? ImportPreview.Action.UPDATE : ImportPreview.Action.NEW, List.copyOf(problems)));
            parsed.add(new Parsed(name, email, department, departmentShort, username, jobTitle,
                    language.equals("en") ? Translations.ENGLISH : Translations.DANISH));
        }
        return new Read(new ImportPreview(List.of(), rows, newDepartments, empty), parsed);
    }

    /** Which of the file's e-mail addresses already belong to someone: those rows update that person. */
    private Set<String> existingEmails(List<CSVRecord> data, Map<Column, Integer> columns) {
        List<String> emails = data.stream().map(r -> AccountService.normalEmail(cell(r, columns, Column.EMAIL)))
                .filter(e -> !e.isEmpty()).distinct().toList();
        return accounts.withEmails(emails).stream().map(UserSummary::email).collect(java.util.stream.Collectors.toSet());
    }

    private static String cell(CSVRecord record, Map<Column, Integer> columns, Column column) {
        Integer index = columns.get(column);
        if (index == null || index >= record.size()) return "";
        return Optional.ofNullable(record.get(index)).orElse("").strip();
    }

    private static int count(String text, char c) {
        return (int) text.chars().filter(x -> x == c).count();
    }

    private void requireAdministrator() {
        if (!currentUser.require().administrator()) throw new AccessDeniedException("only administrators import people");
    }
}
