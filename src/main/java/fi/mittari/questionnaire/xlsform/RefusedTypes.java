package fi.mittari.questionnaire.xlsform;

import java.util.Map;

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

    private RefusedTypes() {}

    /** {@code word} is the type without its argument ({@link TypeSpellings#word}); {@code written} the cell. */
    static String reason(String word, String written) {
        String reason = REASONS.entrySet().stream()
                .filter(known -> word.equals(known.getKey()) || word.startsWith(known.getKey() + " "))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
        return reason != null
                ? "type '" + written + "': " + reason
                : "type '" + written + "' is not supported by Mittari";
    }
}
