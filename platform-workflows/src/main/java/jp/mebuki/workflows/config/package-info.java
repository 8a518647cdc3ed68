/**
 * Configuration of the embedded Camunda engine: it waits for Flyway's migrations
 * ({@code META-INF/spring.factories}) and gets the defaults the platform relies on.
 */
package jp.mebuki.workflows.config;
