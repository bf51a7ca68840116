package fi.mittari.definition;

import java.time.Instant;

/** The one draft a definition may have, kept even with errors; publishing makes it the next version. */
public record DefinitionDraft(DefinitionKind kind, String code, String yaml, String updatedBy, Instant updatedAt) {}
