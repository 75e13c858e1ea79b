/** The people who log in: accounts, roles and password hashes. */
package io.tradebot.backend.user;
