/**
 * The parameter catalog: every number of the model with its default, range, unit and source
 * ({@link org.tradewar.model.params.ParameterCatalog}), and the resolved values of one run
 * ({@link org.tradewar.model.params.ParameterSet}).
 */
package org.tradewar.model.params;
