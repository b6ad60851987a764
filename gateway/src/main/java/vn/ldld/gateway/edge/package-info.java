/** What every request meets at the edge: body size limit, CORS, security headers, who the client is. */
package vn.ldld.gateway.edge;
