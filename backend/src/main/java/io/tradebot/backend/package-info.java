/** backend: Users, login, and the API the web UI reads (port 8081). */
package io.tradebot.backend;
