/**
 * Wiring of the domain: Spring Data JDBC repositories and the conversions of typed ids, the clock
 * and the password encoder. Depends on the feature packages; none of them depends on it.
 */
package jp.mebuki.core.config;
