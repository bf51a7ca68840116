package fi.mittari.questionnaire.xlsform;

import java.util.Map;
import java.util.Optional;

/**
 * Why a survey row type that Mittari cannot ask is refused, in words a form author can act on. Types missing here
 * get the general reason; the table in {@code surveys/README.md} lists the same types.
 */
final class RefusedTypes {

    private static final String LOCATION_OR_MEDIA =
            " answers are not collected by Mittari: its forms take no locations, files, photos, sound or codes";

    private static final Map<String, String> REASONS = Map.ofEntries(
            Map.entry("geopoint", "geopoint" + LOCATION_OR_MEDIA),
            Map.entry("gps", "gps" + LOCATION_OR_MEDIA),
            Map.entry("geotrace", "geotrace" + LOCATION_OR_MEDIA),
            Map.entry("geoshape", "geoshape" + LOCATION_OR_MEDIA),
            Map.entry("background-geopoint", "background-geopoint" + LOCATION_OR_MEDIA),
            Map.entry("background-audio", "background-audio" + LOCATION_OR_MEDIA),
            Map.entry("image", "image" + LOCATION_OR_MEDIA),
            Map.entry("photo", "photo" + LOCATION_OR_MEDIA),
            Map.entry("audio", "audio" + LOCATION_OR_MEDIA),
            Map.entry("video", "video" + LOCATION_OR_MEDIA),
            Map.entry("file", "file" + LOCATION_OR_MEDIA),
            Map.entry("barcode", "barcode" + LOCATION_OR_MEDIA),
            Map.entry(
                    "select_one_from_file",
                    "choices from an external file are not supported by Mittari; move them to the choices sheet"),
            Map.entry(
                    "select_multiple_from_file",
                    "choices from an external file are not supported by Mittari; move them to the choices sheet"),
            Map.entry("osm", "OpenStreetMap questions are not supported by Mittari"),
            Map.entry(
                    "include",
                    "include rows pull in another form, which Mittari cannot do; copy the rows into this form"));

    /**
     * The types a form author may choose to leave out ({@link UnaskableQuestions#LEAVE_OUT}): each asks for something
     * Mittari does not collect at all, so no reading of the form could keep it. A select from an external file and an
     * include are left out of this on purpose: their content exists, Mittari just cannot read it from there, so
     * dropping the question would lose what the author wrote; they are refused with how to move the content in.
     */
    private static final Map<String, String> UNASKABLE = Map.ofEntries(
            Map.entry("geopoint", "geopoint answers are not collected by Mittari"),
            Map.entry("gps", "gps answers are not collected by Mittari"),
            Map.entry("geotrace", "geotrace answers are not collected by Mittari"),
            Map.entry("geoshape", "geoshape answers are not collected by Mittari"),
            Map.entry("background-geopoint", "background-geopoint answers are not collected by Mittari"),
            Map.entry("image", "image answers are not collected by Mittari"),
            Map.entry("photo", "photo answers are not collected by Mittari"),
            Map.entry("audio", "audio answers are not collected by Mittari"),
            Map.entry("background-audio", "background-audio recordings are not collected by Mittari"),
            Map.entry("video", "video answers are not collected by Mittari"),
            Map.entry("file", "file answers are not collected by Mittari"),
            Map.entry("barcode", "barcode answers are not collected by Mittari"),
            Map.entry("osm", "OpenStreetMap questions are not supported by Mittari"));

    private RefusedTypes() {}

    /** Why a row of this type cannot be asked, when it is one the author may leave out; empty for any other type. */
    static Optional<String> unaskable(String word) {
        return Optional.ofNullable(UNASKABLE.get(word));
    }

    /** {@code word} is the type without its argument ({@link TypeSpellings#word}); {@code written} the cell. */
    static String reason(String word, String written) {
        String reason = REASONS.entrySet().stream()
                .filter(known -> word.equals(known.getKey()) || word.startsWith(known.getKey() + " "))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
        if (reason == null) {
            return "type '" + written + "' is not supported by Mittari";
        }
        return "type '" + written + "': " + reason
                + (UNASKABLE.containsKey(word)
                        ? "; to import the form without it, choose to leave out the questions Mittari cannot ask"
                        : "");
    }
}
