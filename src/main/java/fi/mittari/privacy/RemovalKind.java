package fi.mittari.privacy;

/** Why answers were removed, as personal_data_removal.kind records it. */
public enum RemovalKind {
    RETENTION_DELETE,
    RETENTION_ANONYMISE,
    ERASE_PSEUDONYM,
    ERASE_INVITATION,
    ERASE_RESPONSE;

    public boolean retention() {
        return this == RETENTION_DELETE || this == RETENTION_ANONYMISE;
    }
}
