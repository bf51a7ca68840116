package fi.mittari.campaign.web;

import fi.mittari.campaign.InvitationBatch;
import fi.mittari.web.PublicAddress.LinkBase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;

/** Created invitations as their links, and as the CSV a mail merge reads ("reference,link", CRLF lines). */
final class InvitationCsv {

    private InvitationCsv() {}

    record Link(String reference, String link) {}

    static List<Link> links(InvitationBatch.Created created, LinkBase address) {
        return created.invitations().stream()
                .map(issued -> new Link(issued.reference(), address.of("/i/" + issued.token())))
                .toList();
    }

    /**
     * RFC 4180 as commons-csv writes it (CRLF lines), so a value that ever needs quoting gets it. Through
     * {@code CSVFormat} alone: {@code CSVPrinter}'s class file carries an annotation this build cannot resolve.
     */
    static String csv(List<Link> links) {
        StringBuilder out = new StringBuilder();
        try {
            record(out, "reference", "link");
            for (Link link : links) {
                record(out, link.reference(), link.link());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a StringBuilder does not fail", e);
        }
        return out.toString();
    }

    private static void record(StringBuilder out, String reference, String link) throws IOException {
        // commons-csv quotes an empty first value ("") lest a one-field line read as an empty line; with the link
        // beside it the line is never empty, so an anonymous invitation stays ",link" as mail merges expect it
        if (!reference.isEmpty()) {
            CSVFormat.RFC4180.print(reference, out, true);
        }
        CSVFormat.RFC4180.print(link, out, false);
        CSVFormat.RFC4180.println(out);
    }

    static String fileName(String slug) {
        return "attachment; filename=\"" + slug + "-invitations.csv\"";
    }
}
