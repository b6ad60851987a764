/**
 * Text search shared by the features: folding Vietnamese text so that a search with or without diacritics finds
 * the same units and plans.
 */
package vn.ldld.plan.text;
