/**
 * The plan as the federation issues it: any published version (or the draft) laid out as an administrative document
 * (Decree 30/2020), as DOCX and PDF.
 */
package vn.ldld.plan.document;
