/**
 * A student in the lead negotiator's seat: {@link org.tradewar.play.TextSeat} asks a person (or a
 * script on standard input) for one side's decisions through the model's {@link
 * org.tradewar.model.negotiation.Seat}; {@link org.tradewar.play.PlaySession} runs the student's
 * game and the agents' own play of the same seat on the same seed; {@link
 * org.tradewar.play.Comparison} sets the two side by side. Read in that order.
 */
package org.tradewar.play;
