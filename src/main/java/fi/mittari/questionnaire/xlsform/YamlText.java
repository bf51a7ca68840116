package fi.mittari.questionnaire.xlsform;

import fi.mittari.questionnaire.Language;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/** Writes YAML with SnakeYAML's emitter, which quotes every text that needs it ("yes", "a: b", "?"). */
final class YamlText {

    private YamlText() {}

    static String dump(Map<String, Object> root) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setAllowUnicode(true);
        options.setSplitLines(false);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        // Two questions sharing a choice list share one Java list; SnakeYAML would write it once with an anchor and
        // refer to it with an alias, which Mittari's reader refuses (aliases allow "billion laughs").
        options.setDereferenceAliases(true);
        return new Yaml(options).dump(root);
    }

    static Map<String, Object> texts(Map<Language, String> byLanguage) {
        Map<String, Object> texts = new LinkedHashMap<>();
        byLanguage.forEach((language, text) -> texts.put(language.code(), text));
        return texts;
    }
}
