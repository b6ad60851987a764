/**
 * The HTTP API of the units directory, {@code /api/units}: the controller and its responses. It calls
 * {@link vn.ldld.plan.units.UnitService}; refusals are answered by service-web.
 */
package vn.ldld.plan.units.web;
