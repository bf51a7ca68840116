package fi.mittari.campaign.mail;

import fi.mittari.questionnaire.Language;

/** The messages a campaign sends until staff word their own: short, plain, in the recipient's language. */
final class StandardTemplates {

    private StandardTemplates() {}

    static MailTemplate of(MailKind kind, Language language) {
        return switch (kind) {
            case INVITATION -> invitation(language);
            case REMINDER -> reminder(language);
        };
    }

    private static MailTemplate invitation(Language language) {
        return switch (language) {
            case FI -> new MailTemplate(
                    "Kutsu kyselyyn: {title}",
                    """
                    Hei {name},

                    sinut on kutsuttu vastaamaan kyselyyn "{title}". Vastaaminen vie muutaman minuutin.
                    Vastaa tästä henkilökohtaisesta linkistä:

                    {link}

                    Viimeinen vastauspäivä on {closes}.

                    Älä välitä linkkiä eteenpäin: se on vain sinua varten.

                    Jos et halua viestejä tästä kyselystä, voit kieltäytyä niistä täällä:
                    {optout}
                    """);
            case SV -> new MailTemplate(
                    "Inbjudan till enkäten: {title}",
                    """
                    Hej {name},

                    du är inbjuden att svara på enkäten "{title}". Det tar några minuter.
                    Svara via din personliga länk:

                    {link}

                    Sista svarsdagen är {closes}.

                    Skicka inte länken vidare: den är bara till dig.

                    Om du inte vill få meddelanden om den här enkäten kan du avböja dem här:
                    {optout}
                    """);
            case EN -> new MailTemplate(
                    "Invitation to the survey: {title}",
                    """
                    Hello {name},

                    you are invited to answer the survey "{title}". It takes a few minutes.
                    Please answer through your personal link:

                    {link}

                    The last day to answer is {closes}.

                    Please do not pass the link on: it is for you alone.

                    If you do not want messages about this survey, you can stop them here:
                    {optout}
                    """);
        };
    }

    private static MailTemplate reminder(Language language) {
        return switch (language) {
            case FI -> new MailTemplate(
                    "Muistutus: {title}",
                    """
                    Hei {name},

                    muistutamme kyselystä "{title}". Jos et ole vielä vastannut, vastauksesi on meille tärkeä.
                    Voit vastata tai jatkaa vastaamista tästä linkistä:

                    {link}

                    Viimeinen vastauspäivä on {closes}.

                    Jos et halua enää viestejä tästä kyselystä, voit kieltäytyä niistä täällä:
                    {optout}
                    """);
            case SV -> new MailTemplate(
                    "Påminnelse: {title}",
                    """
                    Hej {name},

                    vi påminner om enkäten "{title}". Om du inte har svarat ännu är ditt svar viktigt för oss.
                    Du kan svara eller fortsätta där du slutade via länken:

                    {link}

                    Sista svarsdagen är {closes}.

                    Om du inte längre vill få meddelanden om den här enkäten kan du avböja dem här:
                    {optout}
                    """);
            case EN -> new MailTemplate(
                    "Reminder: {title}",
                    """
                    Hello {name},

                    this is a reminder about the survey "{title}". If you have not answered yet, your answer matters
                    to us. You can answer, or carry on where you left off, through your link:

                    {link}

                    The last day to answer is {closes}.

                    If you no longer want messages about this survey, you can stop them here:
                    {optout}
                    """);
        };
    }
}
