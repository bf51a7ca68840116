/**
 * The life of personal data after it is sent (docs/privacy.md): retention rules and their scheduled run, erasure of a
 * person's answers, the access export of them, the campaign's privacy notice and what is recorded of each removal.
 */
package fi.mittari.privacy;
