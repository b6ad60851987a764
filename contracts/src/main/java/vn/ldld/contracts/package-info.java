/**
 * The event contracts of the campaign reporting platform: JSON Schemas, examples and an AsyncAPI
 * document packaged under {@code contracts/} on the class path, a validator for producer and consumer
 * tests ({@link vn.ldld.contracts.EventContracts}) and the schema compatibility check that keeps
 * published event types backward compatible ({@link vn.ldld.contracts.ContractCompatibilityCheck}).
 */
package vn.ldld.contracts;
