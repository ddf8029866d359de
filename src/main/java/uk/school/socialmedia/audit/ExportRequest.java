package uk.school.socialmedia.audit;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What a governor asks for: a period (both days included, school time zone) and a scope, all
 * processes or one process key of the contract.
 */
public record ExportRequest(LocalDate from, LocalDate to, Optional<String> processKey) {}
