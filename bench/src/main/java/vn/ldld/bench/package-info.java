/**
 * The deadline-rush benchmark of report intake: a command-line tool run against the local platform.
 */
package vn.ldld.bench;
