package fi.mittari.campaign.mail.web;

import fi.mittari.campaign.mail.InvitationLinks;
import fi.mittari.questionnaire.Language;
import fi.mittari.web.PublicAddress;
import jakarta.inject.Singleton;

/** Links in messages, made from the public address like every link sent to people. */
@Singleton
class PublicInvitationLinks implements InvitationLinks {

    private final PublicAddress address;

    PublicInvitationLinks(PublicAddress address) {
        this.address = address;
    }

    @Override
    public boolean available() {
        return address.configured().isPresent();
    }

    @Override
    public void requireAvailable() {
        address.of("/"); // throws PublicAddressUnknown, answered as a 409 saying what to set
    }

    @Override
    public String invitation(String token, Language language) {
        return address.of("/i/" + token + "?lang=" + language.code());
    }

    @Override
    public String optOut(String token, Language language) {
        return address.of("/optout/" + token + "?lang=" + language.code());
    }
}
