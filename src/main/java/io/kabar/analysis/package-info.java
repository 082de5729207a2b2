/**
 * The analysis contract: the plain Java values that the pipeline produces and that the
 * DynamoDB items carry (DESIGN.md, "The analysis JSON"). No AWS type appears here.
 */
package io.kabar.analysis;
