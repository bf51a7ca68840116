package fi.mittari.campaign.mail;

/** Where one message of the outbox stands. */
public enum MessageStatus {
    /** Waiting for its first attempt. */
    QUEUED,
    /** Claimed by a sender, which is talking to the server now. */
    SENDING,
    SENT,
    /** An attempt failed (the server's reason is kept); another is due at the next attempt time. */
    RETRYING,
    /** Every attempt failed. */
    FAILED,
    /**
     * A sender claimed it and stopped (a crash, a restart) before recording the outcome: it may have reached the server,
     * so it is not sent again, which could send it twice.
     */
    INTERRUPTED,
    /** Not sent, and never will be: the recipient answered or opted out, the campaign closed or the address is erased. */
    CANCELLED
}
