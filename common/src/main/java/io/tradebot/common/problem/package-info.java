/** Error responses: every failure becomes an {@code application/problem+json} body on purpose. */
package io.tradebot.common.problem;
