/**
 * The units directory: the federations, unions and partner agencies that issue and receive plans, with their
 * contact details. Plans read it through {@link vn.ldld.plan.units.UnitDirectory}; it knows nothing of plans. Its
 * store is package-private; the HTTP API is in {@code web}.
 */
package vn.ldld.plan.units;
