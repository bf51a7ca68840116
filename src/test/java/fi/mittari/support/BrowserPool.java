package fi.mittari.support;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.assertj.core.api.Assertions;

/**
 * One browser per setup (language, JavaScript on or off) for a whole test class: starting Chromium costs about a
 * second, and parameterised tests would start dozens. Each browser is checked once to really run, or really not run,
 * page scripts; callers forget cookies between respondents.
 */
public final class BrowserPool implements AutoCloseable {

    private final Map<Browser.Options, Browser> browsers = new LinkedHashMap<>();

    public Browser get(Browser.Options options) throws IOException, InterruptedException {
        Browser browser = browsers.get(options);
        if (browser == null) {
            browser = Browser.start(options);
            browsers.put(options, browser);
            Assertions.assertThat(browser.runsPageScripts())
                    .as("page scripts run with %s", options)
                    .isEqualTo(options.javascript());
        }
        return browser;
    }

    @Override
    public void close() {
        browsers.values().forEach(Browser::close);
        browsers.clear();
    }
}
