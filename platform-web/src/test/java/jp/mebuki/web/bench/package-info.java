/** Benchmarks of the {@code bench} Maven profile: the platform against the bare engine. */
package jp.mebuki.web.bench;
