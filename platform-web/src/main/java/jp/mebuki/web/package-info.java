/**
 * The web layer of Mebuki: the Spring Boot application, the REST API under {@code /api} (package by
 * feature: {@code application}, {@code call}, {@code task}), its security and error handling. The API
 * speaks only in its own DTO records; engine and persistence types stay behind the domain and
 * process facades.
 */
package jp.mebuki.web;
