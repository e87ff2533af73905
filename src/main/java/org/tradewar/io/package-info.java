/**
 * Small file and input helpers every layer shares; nothing here knows the model.
 *
 * <p>Start with {@link org.tradewar.io.BadInputException} (the one exception for bad user input,
 * whose message names the file, line and field and is printed as is) and {@link
 * org.tradewar.io.AtomicFiles} (a file or a whole folder written to a temporary place, then
 * renamed, so no reader sees half of it). Readers of user files build on {@link
 * org.tradewar.io.LocatedTree} (YAML/JSON with the line of every key), {@link
 * org.tradewar.io.Problems} (all of a file's errors in one pass), {@link org.tradewar.io.Decimal}
 * and {@link org.tradewar.io.NearestName} ("did you mean ..."); {@link org.tradewar.io.Limits}
 * holds the accepted sizes (docs/limits.md), {@link org.tradewar.io.Check} is the one argument
 * check and {@link org.tradewar.io.TreeValues} the typed accessors of a located tree.
 */
package org.tradewar.io;
