package dk.sammen.disagreement.internal;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A short list of party ids kept in one text column ("3,7"), as the column has always held it; the
 * code sees a list of numbers, and only this class knows the separator.
 */
@Converter
public class PartyIdsColumn implements AttributeConverter<List<Long>, String> {

    @Override
    public String convertToDatabaseColumn(List<Long> ids) {
        return ids == null ? "" : ids.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
    }

    @Override
    public List<Long> convertToEntityAttribute(String column) {
        if (column == null || column.isBlank()) return List.of();
        return Arrays.stream(column.split(",")).map(String::strip).map(Long::parseLong).sorted().toList();
    }
}
