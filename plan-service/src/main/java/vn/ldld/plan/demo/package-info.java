/**
 * Demo data, loaded at startup when absent ({@code plan.demo.enabled}): the units of LĐLĐ tỉnh Tây Ninh and its
 * partners, and the plan of the source document (phối hợp tham gia làm công tác dân vận đợt I/2023), published.
 */
package vn.ldld.plan.demo;
