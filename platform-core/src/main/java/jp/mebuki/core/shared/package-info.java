/** Small value types and exceptions that every feature package of the domain shares. */
package jp.mebuki.core.shared;
