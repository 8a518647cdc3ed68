/**
 * Documents attached to an application: PDF files (checked by their magic bytes, not their name),
 * up to a configured size, stored in the database. Who may download one is the web layer's
 * application-visibility rule (owner, staff, assigned reviewers).
 */
package jp.mebuki.core.document;
