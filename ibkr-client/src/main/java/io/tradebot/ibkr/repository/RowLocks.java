package io.tradebot.ibkr.repository;

import jakarta.persistence.EntityManager;

/**
 * Row locks with plain {@code SELECT ... FOR UPDATE}, which MySQL 8 and MariaDB both understand
 * (Hibernate's MySQL dialect writes {@code FOR UPDATE OF alias}, which MariaDB rejects).
 */
final class RowLocks {

    private RowLocks() {
    }

    /** Locks the row of {@code table} whose {@code keyColumn} is {@code key}; false when there is no such row. */
    static boolean lock(EntityManager em, String table, String keyColumn, Object key) {
        return !em.createNativeQuery("select 1 from " + table + " where " + keyColumn + " = ?1 for update")
                .setParameter(1, key).getResultList().isEmpty();
    }
}
