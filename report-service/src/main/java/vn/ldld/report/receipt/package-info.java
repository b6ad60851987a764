/**
 * Receipt numbers (số đến, Decree 30/2020/NĐ-CP): sequential per receiving unit per calendar year, given to each
 * accepted submission.
 */
package vn.ldld.report.receipt;
