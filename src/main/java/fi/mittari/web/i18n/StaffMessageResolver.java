package fi.mittari.web.i18n;

import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.AbstractMessageResolver;

/** Resolves {@code #{key(args)}} in templates from {@link StaffMessages}, in the page's locale. */
final class StaffMessageResolver extends AbstractMessageResolver {

    @Override
    public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] messageParameters) {
        Object[] arguments = messageParameters == null ? new Object[0] : messageParameters;
        return StaffMessages.message(context.getLocale(), key, arguments).orElse(null);
    }

    @Override
    public String createAbsentMessageRepresentation(
            ITemplateContext context, Class<?> origin, String key, Object[] messageParameters) {
        // Visible on the page and caught by StaffTemplatesTextTest, never a silent blank.
        return "??" + key + "??";
    }
}
