/** Tests of what administrators change: models deployed from the Modeler through the deployment guard. */
package jp.mebuki.web.admin;
