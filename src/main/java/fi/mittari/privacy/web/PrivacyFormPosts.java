package fi.mittari.privacy.web;

import fi.mittari.privacy.PersonRequest;
import fi.mittari.privacy.PrivacySettings;
import fi.mittari.web.PostedText;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The privacy pages' forms as posted, each field stripped and an absent one empty. A constraint's message is a key of
 * the privacy bundle. The rules the API shares (a retention rule's months and action, a person request's fields) stay
 * in {@link PrivacyForms}, which reads the API's bodies too.
 */
final class PrivacyFormPosts {

    private PrivacyFormPosts() {}

    /** A retention rule for a project or a campaign; an empty {@code months} removes it. */
    @Serdeable.Deserializable
    @Introspected
    record RulePost(
            @Pattern(regexp = "project|campaign", message = "privacy.error.scope") @Nullable String scope,
            @NotEmpty(message = "privacy.error.required")
                    @Size(max = PersonRequest.MAX_CODE, message = "privacy.error.tooLong")
                    @Nullable
                    String target,
            @Nullable String months,
            @Nullable String action) {

        RulePost {
            scope = PostedText.of(scope);
            target = PostedText.of(target);
            months = PostedText.of(months);
            action = PostedText.of(action);
        }

        PrivacyOverview.RuleForm typed() {
            return new PrivacyOverview.RuleForm(scope, target, months, action);
        }
    }

    /** The privacy notice's controller and contact of one campaign. */
    @Serdeable.Deserializable
    @Introspected
    record NoticePost(
            @NotEmpty(message = "privacy.error.required")
                    @Size(max = PersonRequest.MAX_CODE, message = "privacy.error.tooLong")
                    @Nullable
                    String campaign,
            @Size(max = PrivacySettings.MAX_CONTROLLER, message = "privacy.error.tooLong") @Nullable String controller,
            @Size(max = PrivacySettings.MAX_CONTACT, message = "privacy.error.tooLong") @Nullable String contact) {

        NoticePost {
            campaign = PostedText.of(campaign);
            controller = PostedText.of(controller);
            contact = PostedText.of(contact);
        }
    }

    /**
     * Whose answers an erasure or access request is about: by {@code kind}, a pseudonym in a project, an invitation's
     * reference in a campaign, or one response's number. Which fields are required depends on the kind, so
     * {@link PrivacyForms#person} checks them, for the API's bodies as well.
     */
    @Serdeable.Deserializable
    record PersonPost(
            @Nullable String kind,
            @Nullable String project,
            @Nullable String pseudonym,
            @Nullable String campaign,
            @Nullable String reference,
            @Nullable String response) {

        PersonPost {
            kind = PostedText.of(kind);
            project = PostedText.of(project);
            pseudonym = PostedText.of(pseudonym);
            campaign = PostedText.of(campaign);
            reference = PostedText.of(reference);
            response = PostedText.of(response);
        }

        /** The fields as typed, for showing the form again; an unknown kind shows as the first choice. */
        PersonPage.PersonFields shown() {
            return new PersonPage.PersonFields(
                    List.of("pseudonym", "invitation", "response").contains(kind) ? kind : "",
                    PrivacyForms.shown(project),
                    PrivacyForms.shown(pseudonym),
                    PrivacyForms.shown(campaign),
                    PrivacyForms.shown(reference),
                    PrivacyForms.shown(response));
        }
    }
}
