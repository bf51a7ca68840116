/**
 * Staff accounts and login: bcrypt hashes, throttled authentication, the first admin account, and the roles that
 * guard every /api route ({@link fi.mittari.security.Roles}).
 */
package fi.mittari.security;
