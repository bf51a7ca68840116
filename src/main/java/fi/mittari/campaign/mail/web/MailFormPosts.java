package fi.mittari.campaign.mail.web;

import fi.mittari.web.PostedText;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The email page's forms as posted, an absent field empty and every text as typed: the recipient lists, the schedule
 * and the messages have their own readers and rules ({@code RecipientLists}, {@code ReminderSchedule},
 * {@code MailTemplate}), the same for the API.
 */
final class MailFormPosts {

    private MailFormPosts() {}

    /** Recipients pasted one per line. */
    @Serdeable.Deserializable
    record RecipientsPost(@Nullable String recipients) {

        RecipientsPost {
            recipients = PostedText.asTyped(recipients);
        }
    }

    /** The reminders' days after the invitation, separated by commas or spaces. */
    @Serdeable.Deserializable
    record SchedulePost(@Nullable String reminderDays) {

        SchedulePost {
            reminderDays = PostedText.asTyped(reminderDays);
        }
    }

    /**
     * One message in one language as typed; {@code action} preview shows it as a recipient gets it, save stores it,
     * standard restores the default.
     */
    @Serdeable.Deserializable
    record TemplatePost(
            @Nullable String kind,
            @Nullable String language,
            @Nullable String subject,
            @Nullable String body,
            @Nullable String action) {

        TemplatePost {
            kind = PostedText.asTyped(kind);
            language = PostedText.asTyped(language);
            subject = PostedText.asTyped(subject);
            body = PostedText.asTyped(body);
            action = PostedText.asTyped(action);
        }
    }
}
