package fi.mittari;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

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
    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}
