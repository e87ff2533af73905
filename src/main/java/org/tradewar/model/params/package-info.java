/**
 * The parameter catalog: every number of the model with its default, range, unit and source.
 *
 * <p>Start with {@link org.tradewar.model.params.ParameterCatalog#standard()}, the list itself (add
 * a parameter there, and nowhere else, with its source); each entry is a {@link
 * org.tradewar.model.params.ParameterSpec}. {@link org.tradewar.model.params.ParameterSet} is the
 * resolved value of every parameter for one run (scenario override, calibration or default) and
 * where each came from; the model reads only that. {@code tradewar params} prints the catalog.
 */
package org.tradewar.model.params;
