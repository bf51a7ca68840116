package fi.mittari.campaign.mail;

import java.time.Instant;

/**
 * A claimed message with what sending it needs: its recipient's address, name, language and link token (null once
 * erased), and what decides whether it should still go (answered, opted out, the campaign's closing time).
 */
public record OutgoingMessage(
        long id,
        long recipientId,
        int round,
        int attempts,
        long campaignId,
        String campaignTitle,
        Instant closesAt,
        String email,
        String name,
        String language,
        String token,
        boolean answered,
        boolean optedOut) {}
