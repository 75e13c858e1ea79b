/** Who may do what: roles, and the tokens services present to each other. */
package io.tradebot.common.security;
