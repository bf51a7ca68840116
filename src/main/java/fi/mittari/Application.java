package fi.mittari;

import io.micronaut.context.exceptions.BeanInstantiationException;
import io.micronaut.context.exceptions.DependencyInjectionException;
import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@OpenAPIDefinition(
        info =
                @Info(
                        title = "Mittari API",
                        version = "0.1",
                        description = "Staff and integrations: questionnaires, campaigns, responses, projects and"
                                + " events, indicators, jobs and funder reports. Log in with POST /login to get a"
                                + " bearer token; each operation lists the roles that may call it (any one of them"
                                + " will do). Errors are JSON bodies with a message and, for 422, one entry per"
                                + " field or question at fault. See docs/api.md."))
@SecurityScheme(
        name = "bearer",
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        bearerFormat = "JWT",
        description = "The access_token from POST /login, as `Authorization: Bearer …`")
public class Application {
    private static final Logger LOG = LoggerFactory.getLogger(Application.class);

    public static void main(String[] args) {
        Micronaut.build(args)
                .classes(Application.class)
                .mapError(BeanInstantiationException.class, Application::explained)
                .mapError(DependencyInjectionException.class, Application::explained)
                .start();
    }

    /** A start that fails on a setting says first, in one line, which variable to fix; the stack trace follows. */
    private static int explained(Throwable failure) {
        UnreadableSetting.behind(failure).ifPresent(setting -> LOG.error(setting.message()));
        return 1;
    }
}
