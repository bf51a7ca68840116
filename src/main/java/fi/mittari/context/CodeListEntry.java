package fi.mittari.context;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * An entry of a code list (region, sector, event_type). The code is a stable key; names may change and an entry may
 * be retired ({@code active = false}) but is never deleted, since stored rows name it.
 */
@MappedEntity("code_list_entry")
public record CodeListEntry(
        @Id @GeneratedValue @Nullable Long id,
        String listName,
        String code,
        @Nullable String officialCode,
        String nameFi,
        String nameSv,
        String nameEn,
        int position,
        boolean active) {}
