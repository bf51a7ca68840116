package fi.mittari.questionnaire.bank;

import fi.mittari.questionnaire.SurveyFilesSetting;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The texts the bank and "start from a sample" draw on, read once: the shipped questionnaires in the surveys directory
 * (the same files loaded as versions at start-up) and the common measures shipped on the classpath.
 */
@Singleton
public class BankSources {

    private static final Logger LOG = LoggerFactory.getLogger(BankSources.class);
    private static final String MEASURES = "/question-bank/common-measures.yaml";

    /** A sample file larger than this is not offered (the document core refuses far less than this anyway). */
    private static final long MAX_BYTES = 1_000_000;

    private final List<QuestionBank.Source> samples;
    private final QuestionBank bank;

    BankSources(SurveyFilesSetting directory) {
        this.samples = samplesIn(Path.of(directory.surveysDir()));
        List<QuestionBank.Source> all = new ArrayList<>();
        all.add(new QuestionBank.Source("common-measures", measures()));
        all.addAll(samples);
        this.bank = QuestionBank.of(all);
    }

    /** The shipped questionnaires by file name (without .yaml), in name order. */
    public List<QuestionBank.Source> samples() {
        return samples;
    }

    public Optional<QuestionBank.Source> sample(String name) {
        return samples.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    public QuestionBank bank() {
        return bank;
    }

    private static List<QuestionBank.Source> samplesIn(Path directory) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".yaml"))
                    .filter(f -> f.toFile().length() <= MAX_BYTES)
                    .sorted()
                    .map(BankSources::sample)
                    .flatMap(Optional::stream)
                    .toList();
        } catch (IOException e) {
            LOG.warn("Samples in {} could not be listed: {}", directory, e.getMessage());
            return List.of();
        }
    }

    private static Optional<QuestionBank.Source> sample(Path file) {
        String name = file.getFileName().toString().replaceFirst("\\.yaml$", "");
        try {
            return Optional.of(new QuestionBank.Source(name, Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            LOG.warn("Sample {} could not be read: {}", file, e.getMessage());
            return Optional.empty();
        }
    }

    private static String measures() {
        try (InputStream in = BankSources.class.getResourceAsStream(MEASURES)) {
            if (in == null) {
                throw new IllegalStateException(MEASURES + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
