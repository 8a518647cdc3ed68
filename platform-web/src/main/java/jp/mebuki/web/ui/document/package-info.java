/** Downloads of application documents, for whoever may see the application (owner, staff, assigned reviewers). */
package jp.mebuki.web.ui.document;
