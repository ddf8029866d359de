package uk.school.socialmedia.audit.ledger;

import java.util.Set;

/**
 * One audited table. A record is every row with the same key: one row for an entity table or a
 * Camunda history table, all of an owner's rows for an element-collection table.
 *
 * @param name the table
 * @param keyColumn the column whose value identifies a record
 * @param withByteArray whether rows reference ACT_GE_BYTEARRAY (serialized values) whose bytes
 *     belong to the record's content
 * @param excludedColumns columns the engine rewrites in bulk without a history event
 */
record AuditedTable(String name, String keyColumn, boolean withByteArray,
    Set<String> excludedColumns) {

  private String select() {
    return withByteArray
        ? "select t.*, b.BYTES_ as BYTEARRAY_CONTENT_ from " + name
            + " t left join ACT_GE_BYTEARRAY b on b.ID_ = t.BYTEARRAY_ID_"
        : "select t.* from " + name + " t";
  }

  /** The rows of one record (parameter: its key). */
  String recordQuery() {
    return select() + " where t." + keyColumn + " = ?";
  }

  /** Every row, ordered by key as text in binary order (so Java's String order agrees). */
  String allRowsQuery(SqlDialect dialect) {
    return select() + " order by " + dialect.binaryText("t." + keyColumn);
  }

  boolean includes(String upperCaseColumn) {
    return !excludedColumns.contains(upperCaseColumn);
  }
}
