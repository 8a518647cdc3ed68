/**
 * Pages of generic tasks: user tasks an administrator added in the Modeler with Camunda form fields and no
 * page of their own. The list shows the caller's open ones; the form page renders the fields and shows the
 * server's refusal next to the field.
 */
package jp.mebuki.web.ui.task;
