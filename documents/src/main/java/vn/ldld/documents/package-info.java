/**
 * Administrative documents (văn bản hành chính) in the layout of Decree 30/2020 and the Trade Union's rules for its
 * documents: an {@link vn.ldld.documents.OfficialDocument} says what the document holds, {@link
 * vn.ldld.documents.DocxWriter} (Apache POI) and {@link vn.ldld.documents.PdfWriter} (Apache PDFBox, Liberation
 * Serif embedded) lay it out on A4 with the decree's margins.
 */
package vn.ldld.documents;
