/** Calls for applications as the API shows them: {@code GET /api/calls} lists the open ones. */
package jp.mebuki.web.call;
