package fi.mittari.privacy;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where actions on personal data are handed to the audit log: a retention run, an erasure, an access
 * export, a change of a retention rule or a privacy notice. Until the audit trail is wired in, each is logged here
 * without any personal data (who, what kind, how many), which personal_data_removal also keeps for removals.
 */
@Singleton
public class PrivacyAudit {

    private static final Logger LOG = LoggerFactory.getLogger(PrivacyAudit.class);

    /** {@code what}: e.g. RETENTION_DELETE, ERASE_PSEUDONYM, ACCESS_EXPORT; {@code target}: a campaign or project code. */
    public void record(String actor, String what, String target, long count) {
        LOG.info("privacy: {} by {} on {} ({} rows)", what, actor, target, count);
    }
}
