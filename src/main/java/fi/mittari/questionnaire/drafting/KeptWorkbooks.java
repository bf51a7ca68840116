package fi.mittari.questionnaire.drafting;

import java.time.Instant;
import java.util.Optional;

/**
 * Where a workbook refused only for questions Mittari cannot ask waits for the click that imports it without them (a
 * port: {@link RefusedWorkbooks} decides, the adapter in {@code drafting.persistence} stores). A workbook is its
 * uploader's only.
 */
public interface KeptWorkbooks {

    /** A workbook as kept: its file's name, the key typed with it (if any), the file's bytes and when it was kept. */
    record Kept(String fileName, Optional<String> key, byte[] workbook, Instant keptAt) {}

    void keep(String token, String username, Kept workbook);

    /** The workbook {@code token} names, when it is {@code username}'s. */
    Optional<Kept> find(String token, String username);

    /** Forgets the workbook; true when this call forgot it (it was {@code username}'s and still there). */
    boolean forget(String token, String username);

    /** Forgets every workbook of {@code username}. */
    void forgetAllOf(String username);

    /** Forgets every workbook kept before {@code oldest}. */
    void forgetKeptBefore(Instant oldest);
}
