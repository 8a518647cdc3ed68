/** Several platform nodes on one PostgreSQL database: clustering, fail-over, deployment. */
package jp.mebuki.web.cluster;
