/** Panache repositories over the tables the backend reads and the one it owns ({@code app_user}). */
package io.tradebot.backend.repository;
