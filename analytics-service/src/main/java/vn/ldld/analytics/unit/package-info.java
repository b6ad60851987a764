/**
 * Units (đơn vị) as the events carry them, and the hierarchy of parent units built from them for roll-ups.
 */
package vn.ldld.analytics.unit;
