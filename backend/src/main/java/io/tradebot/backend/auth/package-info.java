/** Logging in: the credentials a user sends and the access token they get back. */
package io.tradebot.backend.auth;
