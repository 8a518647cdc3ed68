/** Sign-in page and the start page that sends each role to its own pages. */
package jp.mebuki.web.ui.home;
