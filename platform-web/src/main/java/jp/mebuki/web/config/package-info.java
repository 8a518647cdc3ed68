/**
 * The web application's glue to the Camunda webapps: the only web package allowed engine types
 * (see {@code ModuleBoundariesTest}). Single sign-on of Cockpit, Tasklist and Admin from the platform's
 * Spring Security session.
 */
package jp.mebuki.web.config;
