/**
 * Who may call what. Users and roles come from the domain's {@code UserDirectory}; three filter
 * chains guard the engine REST API (administrators, HTTP Basic), the platform API (HTTP Basic or the
 * session cookie, 401 problem+json, CSRF for cookie-authenticated requests) and everything else
 * (form login, public documentation and health).
 */
package jp.mebuki.web.security;
