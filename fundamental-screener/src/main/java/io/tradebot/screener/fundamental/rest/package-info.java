/** The screener's HTTP API: run a screen on demand and read what a screen found. */
package io.tradebot.screener.fundamental.rest;
