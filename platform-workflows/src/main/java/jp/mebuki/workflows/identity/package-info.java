/**
 * The platform's users and roles as the process engine's identity, so that Cockpit, Tasklist and Admin
 * need no second user database: a read-only identity provider over core's
 * {@link jp.mebuki.core.user.UserDirectory} (roles become Camunda groups, see {@link
 * jp.mebuki.workflows.identity.WebappGroup}) and the webapp authorizations of those groups, created
 * idempotently when the engine starts.
 */
package jp.mebuki.workflows.identity;
