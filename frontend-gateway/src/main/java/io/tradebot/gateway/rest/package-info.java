/** The gateway's HTTP surface: the {@code /api/**} proxy (the UI itself is static content). */
package io.tradebot.gateway.rest;
