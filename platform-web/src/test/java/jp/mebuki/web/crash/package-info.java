/** The packaged platform as its own process, killed mid-load and restarted. */
package jp.mebuki.web.crash;
