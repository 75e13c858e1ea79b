/** The database schema: Liquibase migrations, run once at a time however many services start together. */
package io.tradebot.common.schema;
