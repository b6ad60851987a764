/**
 * The units directory: the federations, unions and partner agencies that issue and receive plans, with their
 * contact details. Plans read it through {@link vn.ldld.plan.units.UnitDirectory}; it knows nothing of plans.
 */
package vn.ldld.plan.units;
