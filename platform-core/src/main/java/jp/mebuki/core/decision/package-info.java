/** The PM's decision on a reviewed application (adopt, reject, request revision), always with a reason. */
package jp.mebuki.core.decision;
