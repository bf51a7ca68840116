package fi.mittari.campaign.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fi.mittari.campaign.Campaigns;
import fi.mittari.campaign.mail.persistence.MailOutbox;
import fi.mittari.mail.MailTransport;
import fi.mittari.mail.SmtpTransport;
import fi.mittari.support.FormWalker;
import fi.mittari.support.StaffApi;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Invitations and reminders through a real SMTP server in the test's process (GreenMail), from a recipient list given
 * through the API to the answers given through the links the messages carry.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InvitationMailIntegrationTest implements TestPropertyProvider {

    private static final String ANSWERS = "q.new_partners=no&q.topical_knowledge=yes&q.employment_knowledge=yes"
            + "&q.region=lappi&q.organisation_type=third_sector&q.usefulness=7";
    private static final Pattern LINK = Pattern.compile("http://localhost:8080(/i/[A-Za-z0-9_-]{22}\\?lang=[a-z]{2})");
    private static final Pattern OPT_OUT =
            Pattern.compile("http://localhost:8080(/optout/[A-Za-z0-9_-]{22})\\?lang=[a-z]{2}");

    private final int port = freePort();
    private GreenMail smtp;

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    SendingInvitationMail sending;

    @Inject
    RemindingNonRespondents reminding;

    @Inject
    ErasingMailAddresses erasing;

    @Inject
    MailOutbox outbox;

    @Inject
    SmtpTransport transport;

    @Inject
    Campaigns campaigns;

    private StaffApi staff;
    private String slug;

    @Override
    public Map<String, String> getProperties() {
        return Map.of(
                "mittari.smtp.host", "127.0.0.1",
                "mittari.smtp.port", String.valueOf(port),
                "mittari.smtp.starttls", "false",
                "mittari.smtp.from", "kutsut@mittari.test");
    }

    @BeforeEach
    void openInvitationCampaign() {
        staff = StaffApi.loginAsAdmin(client.toBlocking());
        slug = "mailed-" + System.nanoTime();
        assertThat(staff.post(
                                "/api/campaigns",
                                Map.of(
                                        "slug", slug,
                                        "questionnaire", "keko-impact",
                                        "title", "Vaikutuskysely",
                                        "accessMode", "invitation"))
                        .code())
                .isEqualTo(201);
    }

    @AfterEach
    void stopServer() {
        if (smtp != null) {
            smtp.stop();
            smtp = null;
        }
    }

    @Test
    void threeInvitedOneAnswersOneStartsAndTheReminderGoesToTheOtherTwoOnly() throws Exception {
        startServer();
        invite("anna@example.org", "bertil@example.org", "cecilia@example.org");
        assertThat(staff.exchange(
                                HttpRequest.PUT(
                                        "/api/campaigns/" + slug + "/mail/schedule",
                                        Map.of("reminderDays", List.of(7))),
                                Argument.mapOf(String.class, Object.class))
                        .code())
                .isEqualTo(200);
        Instant start = soon();

        assertThat(sending.sendDue(start)).isEqualTo(3);
        MimeMessage toAnna = receivedBy("anna@example.org").get(0);
        assertThat(toAnna.getSubject()).isEqualTo("Kutsu kyselyyn: Vaikutuskysely");
        String body = (String) toAnna.getContent();
        assertThat(body).startsWith("Hei,").contains("Vastaa tästä henkilökohtaisesta linkistä");
        assertThat(toAnna.getHeader("List-Unsubscribe")[0]).contains("/optout/");
        new FormWalker(client.toBlocking()).fill(link(body), ANSWERS);

        assertThat(reminding.queueDue(start.plus(Duration.ofDays(6))))
                .as("not due yet")
                .isZero();
        assertThat(reminding.queueDue(start.plus(Duration.ofDays(7)).plusSeconds(5)))
                .isEqualTo(2);
        assertThat(reminding.queueDue(start.plus(Duration.ofDays(8))))
                .as("queued once")
                .isZero();
        assertThat(sending.sendDue(start.plus(Duration.ofDays(8)))).isEqualTo(2);

        assertThat(recipientsOf(smtp.getReceivedMessages()))
                .containsExactlyInAnyOrder(
                        "anna@example.org",
                        "bertil@example.org",
                        "cecilia@example.org",
                        "bertil@example.org",
                        "cecilia@example.org");
        assertThat(receivedBy("bertil@example.org").get(1).getSubject()).isEqualTo("Muistutus: Vaikutuskysely");
        var walker = new FormWalker(client.toBlocking());
        var bertilsFirstPage = walker.open(
                link((String) receivedBy("bertil@example.org").get(0).getContent()));
        assertThat(walker.send(bertilsFirstPage, ANSWERS, "next").pageKey())
                .as("Bertil sends the first page and stops there")
                .isNotEqualTo(bertilsFirstPage.pageKey());
        var status = staff.get("/api/campaigns/" + slug + "/mail").body();
        assertThat(status.get("rate")).isEqualTo(Map.of("invited", 3, "reached", 3, "started", 2, "complete", 1));
    }

    @Test
    void anOptOutStopsReminders() throws Exception {
        startServer();
        invite("dora@example.org", "eero@example.org");
        staff.exchange(
                HttpRequest.PUT("/api/campaigns/" + slug + "/mail/schedule", Map.of("reminderDays", List.of(7, 14))),
                Argument.mapOf(String.class, Object.class));
        Instant start = soon();
        assertThat(sending.sendDue(start)).isEqualTo(2);

        String optOut =
                optOutLink((String) receivedBy("dora@example.org").get(0).getContent());
        String asked = client.toBlocking().retrieve(optOut + "?lang=fi");
        assertThat(asked).contains("En halua enää viestejä tästä kyselystä").contains("<form");
        assertThat(reminding.queueDue(start.plus(Duration.ofDays(7)).plusSeconds(5)))
                .as("looking at the page opts nobody out")
                .isEqualTo(2);
        String done = client.toBlocking()
                .retrieve(HttpRequest.POST(optOut + "?lang=fi", "").contentType(MediaType.APPLICATION_FORM_URLENCODED));
        assertThat(done).contains("Viestit on lopetettu");

        assertThat(sending.sendDue(start.plus(Duration.ofDays(8))))
                .as("the queued reminder is cancelled")
                .isEqualTo(1);
        assertThat(reminding.queueDue(start.plus(Duration.ofDays(15)))).isEqualTo(1);
        assertThat(sending.sendDue(start.plus(Duration.ofDays(15)))).isEqualTo(1);
        assertThat(recipientsOf(smtp.getReceivedMessages()))
                .containsExactlyInAnyOrder(
                        "dora@example.org", "eero@example.org", "eero@example.org", "eero@example.org");
        assertThat(get("/staff/campaigns/" + slug + "/mail")).contains("Kieltäytyi viesteistä");
    }

    @Test
    void aRefusedAddressIsShownAsFailedWithTheServersReasonAndRetried() throws Exception {
        invite("ei-ole@example.org", "fanni@example.org");
        Instant start = soon();
        var server = new RefusingSmtpServer(port, Set.of("ei-ole@example.org"));
        try {
            assertThat(sending.sendDue(start)).isEqualTo(1);
            String page = get("/staff/campaigns/" + slug + "/mail");
            assertThat(page)
                    .contains("Epäonnistui, yritetään uudelleen (1. yritys)")
                    .contains("User unknown");
            assertThat(page).doesNotContain("&lt;ei-ole@example.org&gt;: Recipient");

            // 1, 5, 15 and 60 minutes later: five attempts in all, then failed
            Instant next = start;
            for (Duration wait : List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15))) {
                assertThat(sending.sendDue(next.plus(wait).minusSeconds(10))).isZero();
                next = next.plus(wait);
                assertThat(sending.sendDue(next)).isZero();
            }
            assertThat(sending.sendDue(next.plus(Duration.ofMinutes(60)))).isZero();
        } finally {
            server.close();
        }
        @SuppressWarnings("unchecked")
        var recipients = (List<Map<String, Object>>)
                staff.get("/api/campaigns/" + slug + "/mail").body().get("recipients");
        assertThat(recipients)
                .filteredOn(r -> r.get("email").equals("ei-ole@example.org"))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.get("status")).isEqualTo("failed");
                    assertThat(r.get("attempts")).isEqualTo(5);
                    assertThat((String) r.get("lastError"))
                            .contains("550 5.1.1")
                            .doesNotContain("ei-ole@example.org");
                });
        assertThat(get("/staff/campaigns/" + slug + "/mail")).contains("Epäonnistui (5 yritystä)");
    }

    @Test
    void nothingIsSentTwiceAfterARestartInTheMiddleOfABatch() throws Exception {
        startServer();
        invite("g1@example.org", "g2@example.org", "g3@example.org", "g4@example.org");
        Instant start = soon();
        // a node whose process dies right after the server took its second message, before it could record that
        int[] handed = {0};
        MailTransport dying = (mail, now) -> {
            transport.send(mail, now);
            if (++handed[0] == 2) {
                throw new ProcessDied();
            }
        };
        SendingInvitationMail node = sending.withTransport(dying, new SimpleMeterRegistry());
        assertThatThrownBy(() -> node.sendDue(start)).isInstanceOf(ProcessDied.class);
        assertThat(smtp.getReceivedMessages()).hasSize(2);

        // the restarted node (or the other one) carries on with what was still queued
        assertThat(sending.sendDue(start.plusSeconds(60))).isEqualTo(2);
        // the claim left behind is never sent again, and is shown for what it is once it has expired
        assertThat(sending.sendDue(start.plus(Duration.ofMinutes(11)))).isZero();
        assertThat(sending.sendDue(start.plus(Duration.ofHours(3)))).isZero();

        assertThat(recipientsOf(smtp.getReceivedMessages()))
                .containsExactlyInAnyOrder("g1@example.org", "g2@example.org", "g3@example.org", "g4@example.org");
        assertThat(get("/staff/campaigns/" + slug + "/mail")).contains("Keskeytyi, ei lähetetä uudelleen");
    }

    @Test
    void twoNodesSendingAtOnceSendEachMessageOnce() throws Exception {
        startServer();
        List<String> addresses = java.util.stream.IntStream.rangeClosed(1, 12)
                .mapToObj(i -> "h" + i + "@example.org")
                .toList();
        invite(addresses.toArray(String[]::new));
        Instant start = soon();
        SendingInvitationMail other = sending.withTransport(transport, new SimpleMeterRegistry());
        var first = new Thread(() -> sending.sendDue(start));
        var second = new Thread(() -> other.sendDue(start));
        first.start();
        second.start();
        first.join();
        second.join();

        assertThat(recipientsOf(smtp.getReceivedMessages())).containsExactlyInAnyOrderElementsOf(addresses);
    }

    @Test
    void addressesAreErasedAfterTheCampaignClosesAndTheLinksStillWork() throws Exception {
        startServer();
        invite("iida@example.org");
        assertThat(sending.sendDue(soon())).isEqualTo(1);
        String path = link((String) receivedBy("iida@example.org").get(0).getContent());
        // closed 20 days ago: past the 14 days addresses are kept
        var campaign = campaigns.bySlug(slug).orElseThrow();
        closeAt(campaign.id(), Instant.now().minus(Duration.ofDays(20)));

        assertThat(erasing.eraseExpired()).isGreaterThanOrEqualTo(1);

        var status = staff.get("/api/campaigns/" + slug + "/mail").body();
        assertThat(status.toString()).doesNotContain("iida@example.org");
        assertThat(get("/staff/campaigns/" + slug + "/mail")).contains("(osoite poistettu)");
        // the link still finds its invitation and campaign: "closed", not "not found"
        assertThatThrownBy(() -> client.toBlocking().exchange(path, String.class))
                .isInstanceOf(io.micronaut.http.client.exceptions.HttpClientResponseException.class)
                .hasMessageContaining("Kysely on päättynyt");
    }

    @Test
    void aListWithProblemsIsRefusedWholeSayingWhichLineAndWhy() {
        var refused = staff.post(
                "/api/campaigns/" + slug + "/mail/recipients",
                Map.of(
                        "recipients",
                        List.of(
                                Map.of("email", "jaana@example.org"),
                                Map.of("email", "ei osoite"),
                                Map.of("email", "kalle@example.org", "language", "de"))));
        assertThat(refused.code()).isEqualTo(422);
        @SuppressWarnings("unchecked")
        var errors = (List<Map<String, Object>>) refused.body().get("errors");
        assertThat(errors)
                .extracting(e -> e.get("field"))
                .containsExactly("recipients[1].email", "recipients[2].language");
        assertThat(staff.get("/api/campaigns/" + slug + "/mail").body().get("rate"))
                .isEqualTo(Map.of("invited", 0, "reached", 0, "started", 0, "complete", 0));
    }

    /** A second from now, in milliseconds: the database keeps microseconds, and rounds nanoseconds up. */
    private static Instant soon() {
        return Instant.now().plusSeconds(1).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }

    private void closeAt(long campaignId, Instant closesAt) {
        var campaign = campaigns.byId(campaignId).orElseThrow();
        repository.update(campaign.withTimes(campaign.opensAt(), closesAt));
    }

    @Inject
    fi.mittari.campaign.persistence.CampaignRepository repository;

    private void invite(String... emails) {
        var created = staff.post(
                "/api/campaigns/" + slug + "/mail/recipients",
                Map.of(
                        "recipients",
                        Arrays.stream(emails).map(e -> Map.of("email", e)).toList()));
        assertThat(created.code()).as(String.valueOf(created.body())).isEqualTo(201);
    }

    private String get(String path) {
        return staff.exchange(HttpRequest.GET(path), Argument.STRING).body();
    }

    private List<MimeMessage> receivedBy(String address) throws Exception {
        List<MimeMessage> received = new java.util.ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (message.getRecipients(Message.RecipientType.TO)[0].toString().equals(address)) {
                received.add(message);
            }
        }
        return received;
    }

    private static List<String> recipientsOf(MimeMessage[] messages) throws Exception {
        List<String> recipients = new java.util.ArrayList<>();
        for (MimeMessage message : messages) {
            recipients.add(message.getRecipients(Message.RecipientType.TO)[0].toString());
        }
        return recipients;
    }

    private static String link(String body) {
        Matcher matcher = LINK.matcher(body);
        assertThat(matcher.find()).as(body).isTrue();
        return matcher.group(1);
    }

    private static String optOutLink(String body) {
        Matcher matcher = OPT_OUT.matcher(body);
        assertThat(matcher.find()).as(body).isTrue();
        return matcher.group(1);
    }

    private void startServer() {
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stands for the process being killed: an Error no sender catches. */
    private static final class ProcessDied extends Error {
        private static final long serialVersionUID = 1L;
    }
}
