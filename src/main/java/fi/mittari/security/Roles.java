package fi.mittari.security;

/** The staff roles. Constants rather than an enum because {@code @Secured} needs compile-time strings. */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String DESIGNER = "DESIGNER";
    public static final String ANALYST = "ANALYST";
    public static final String FUNDER = "FUNDER";

    public static final java.util.List<String> ALL = java.util.List.of(ADMIN, DESIGNER, ANALYST, FUNDER);

    private Roles() {}
}
