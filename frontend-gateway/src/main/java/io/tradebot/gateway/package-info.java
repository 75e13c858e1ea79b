/** frontend-gateway: The web UI and the /api proxy to the backend (port 8080). */
package io.tradebot.gateway;
