package fi.mittari.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.model.ViewModelProcessor;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Adds {@link StaffChrome} as {@code staff} to every view but the respondents' (which have a language of their own). */
@Singleton
class StaffChromeProcessor implements ViewModelProcessor<Map<String, Object>> {

    private final PageLocale pageLocale;
    private final PublicAddress publicAddress;

    StaffChromeProcessor(PageLocale pageLocale, PublicAddress publicAddress) {
        this.pageLocale = pageLocale;
        this.publicAddress = publicAddress;
    }

    @Override
    public void process(HttpRequest<?> request, ModelAndView<Map<String, Object>> modelAndView) {
        String view = modelAndView.getView().orElse("");
        if (view.startsWith("survey/") || view.startsWith("accessibility/")) {
            return;
        }
        Map<String, Object> model = new HashMap<>(modelAndView.getModel().orElse(Map.of()));
        model.put("staff", chrome(request));
        modelAndView.setModel(model);
    }

    StaffChrome chrome(HttpRequest<?> request) {
        Locale locale = pageLocale.of(request);
        var authentication = request.getUserPrincipal(Authentication.class);
        if (authentication.isEmpty()) {
            return new StaffChrome(null, locale, Set.of(), java.util.List.of(), null, null);
        }
        Set<String> roles =
                authentication.get().getRoles().stream().map(String::valueOf).collect(Collectors.toUnmodifiableSet());
        String path = request.getPath();
        return new StaffChrome(
                authentication.get().getName(),
                locale,
                roles,
                StaffNavigation.linksFor(roles, path),
                StaffNavigation.currentEntry(path),
                publicAddress.banner(request).orElse(null));
    }
}
