/**
 * The DynamoDB single-table layout (DESIGN.md, "DynamoDB"): item keys, the JSON ↔ attribute
 * mapping, and the conditional writes that make META the commit point.
 */
package io.kabar.store;
