package fi.mittari.campaign.web;

import fi.mittari.campaign.InvitationBatch;
import fi.mittari.web.PublicAddress.LinkBase;
import java.util.List;
import java.util.stream.Collectors;

/** Created invitations as their links, and as the CSV a mail merge reads ("reference,link", CRLF lines). */
final class InvitationCsv {

    private InvitationCsv() {}

    record Link(String reference, String link) {}

    static List<Link> links(InvitationBatch.Created created, LinkBase address) {
        return created.invitations().stream()
                .map(issued -> new Link(issued.reference(), address.of("/i/" + issued.token())))
                .toList();
    }

    /** References are codes of letters, digits, dots, hyphens and underscores, so nothing needs quoting. */
    static String csv(List<Link> links) {
        return "reference,link\r\n"
                + links.stream()
                        .map(l -> l.reference() + "," + l.link() + "\r\n")
                        .collect(Collectors.joining());
    }

    static String fileName(String slug) {
        return "attachment; filename=\"" + slug + "-invitations.csv\"";
    }
}
