/**
 * The server-rendered web pages people use (Thymeleaf): sign-in, applicant, reviewer, programme
 * manager and dashboard pages, one sub-package per audience. Pages call the same domain services and
 * process facades as the REST API ({@code ScreeningProcessService}, {@code WorkTaskService},
 * {@code ApplicationAccess}); every text comes from the {@code messages*.properties} bundles (English
 * and Japanese), dates are shown in Japan time and amounts in yen.
 */
package jp.mebuki.web.ui;
