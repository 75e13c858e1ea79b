/** The earnings screen: reading the calendar pages, classifying, and recording a run all or nothing; its schedule. */
package io.tradebot.screener.earnings.service;
