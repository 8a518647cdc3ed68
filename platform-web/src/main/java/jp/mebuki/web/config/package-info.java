/**
 * The only web package allowed to touch Camunda types: wiring between the embedded process engine
 * and the Spring Boot application (start order against Flyway).
 */
package jp.mebuki.web.config;
