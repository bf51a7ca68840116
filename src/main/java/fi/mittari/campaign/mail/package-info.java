/**
 * Invitations and reminders by email: staff give a campaign a recipient list, each recipient gets a personal
 * invitation and a message with its link through an outbox that is crash-safe and safe with several nodes, reminders
 * follow a schedule to those who have not answered, anyone can opt out, and the addresses are erased after the
 * campaign closes (docs/adr/0020). The addresses never leave this package's tables.
 */
package fi.mittari.campaign.mail;
