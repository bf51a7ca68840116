package fi.mittari.context;

/**
 * An indicator as a goal names it: its code, its name in Finnish, Swedish and English, and whether its value is a
 * share (a fraction 0–1 shown as a percentage; see {@link GoalValues}).
 */
public record GoalIndicator(String code, String nameFi, String nameSv, String nameEn, boolean share) {

    /** The name in {@code language} ("fi", "sv" or "en"; Finnish otherwise). */
    public String name(String language) {
        return switch (language) {
            case "sv" -> nameSv;
            case "en" -> nameEn;
            default -> nameFi;
        };
    }
}
