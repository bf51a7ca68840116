package fi.mittari.privacy.web;

import fi.mittari.privacy.ErasingPersonalData;
import fi.mittari.privacy.PersonRequest;
import java.util.List;

/**
 * The erasure and access forms' request: read with {@link PrivacyForms#person}, and a pseudonym's project checked to
 * exist, so a mistyped project code is told apart from "nothing stored".
 */
final class PersonRequestForm {

    sealed interface Outcome {}

    record Valid(PersonRequest request) implements Outcome {}

    record Refused(List<PrivacyProblem> problems) implements Outcome {}

    private PersonRequestForm() {}

    static Outcome read(PrivacyFormPosts.PersonPost posted, ErasingPersonalData erasing) {
        var read = PrivacyForms.person(posted);
        if (read instanceof PrivacyForms.Read.Refused<PersonRequest> refused) {
            return new Refused(List.of(new PrivacyProblem(refused.field(), refused.messageKey())));
        }
        PersonRequest request = ((PrivacyForms.Read.Valid<PersonRequest>) read).value();
        if (request instanceof PersonRequest.ByPseudonym pseudonym && !erasing.projectExists(pseudonym.projectCode())) {
            return new Refused(List.of(new PrivacyProblem("project", "privacy.error.noProject")));
        }
        return new Valid(request);
    }
}
