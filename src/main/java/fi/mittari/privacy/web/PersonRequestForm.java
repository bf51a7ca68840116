package fi.mittari.privacy.web;

import fi.mittari.privacy.ErasingPersonalData;
import fi.mittari.privacy.PersonRequest;
import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.Map;

/**
 * The erasure and access forms' request: read with {@link PrivacyForms#person}, and a pseudonym's project checked to
 * exist, so a mistyped project code is told apart from "nothing stored".
 */
final class PersonRequestForm {

    sealed interface Outcome {}

    record Valid(PersonRequest request) implements Outcome {}

    record Refused(List<PrivacyProblem> problems) implements Outcome {}

    private PersonRequestForm() {}

    static Outcome read(@Nullable Map<String, Object> body, ErasingPersonalData erasing) {
        var read = PrivacyForms.person(body == null ? Map.of() : body);
        if (read instanceof PrivacyForms.Read.Refused<PersonRequest> refused) {
            return new Refused(List.of(new PrivacyProblem(refused.field(), refused.messageKey())));
        }
        PersonRequest request = ((PrivacyForms.Read.Valid<PersonRequest>) read).value();
        if (request instanceof PersonRequest.ByPseudonym pseudonym && !erasing.projectExists(pseudonym.projectCode())) {
            return new Refused(List.of(new PrivacyProblem("project", "privacy.error.noProject")));
        }
        return new Valid(request);
    }

    /** The fields as typed, for showing the form again; an unknown kind shows as the first choice. */
    static PersonPage.PersonFields fields(@Nullable Map<String, Object> body) {
        Map<String, Object> f = body == null ? Map.of() : body;
        String kind = PrivacyForms.text(f, "kind");
        return new PersonPage.PersonFields(
                List.of("pseudonym", "invitation", "response").contains(kind) ? kind : "",
                PrivacyForms.shown(PrivacyForms.text(f, "project")),
                PrivacyForms.shown(PrivacyForms.text(f, "pseudonym")),
                PrivacyForms.shown(PrivacyForms.text(f, "campaign")),
                PrivacyForms.shown(PrivacyForms.text(f, "reference")),
                PrivacyForms.shown(PrivacyForms.text(f, "response")));
    }
}
