/**
 * Clients of the running platform over HTTP only: sign-in without a browser ({@link vn.ldld.client.DemoLogin}),
 * tokens per account for the command line ({@link vn.ldld.client.Tokens}) and the live demo campaign
 * ({@link vn.ldld.client.CampaignDemo}). No server code: what they know of a service is its HTTP API.
 */
package vn.ldld.client;
