package fi.mittari.web.i18n;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import java.time.ZoneId;
import org.thymeleaf.TemplateEngine;

/**
 * Gives Micronaut's Thymeleaf engine Mittari's message resolver (MessageFormat patterns, so "{0}" and "''" mean what
 * they mean in Java) in place of Micronaut's own, and the {@code #fmt} formatting object.
 */
@Singleton
class ThymeleafLanguageSetup implements BeanCreatedEventListener<TemplateEngine> {

    private final ZoneId zone;

    ThymeleafLanguageSetup(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public TemplateEngine onCreated(BeanCreatedEvent<TemplateEngine> event) {
        TemplateEngine engine = event.getBean();
        engine.setMessageResolver(new StaffMessageResolver());
        engine.addDialect(new FormattingDialect(zone));
        return engine;
    }
}
