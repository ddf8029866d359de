package uk.school.socialmedia.audit.ledger;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import uk.school.socialmedia.platform.Sha256;

/**
 * The canonical content of a record and its SHA-256. The journal (at write time) and the
 * verifier (later, perhaps from the command line in another time zone) both use this, so they
 * agree by construction: columns in name order, typed values normalised, excluded columns left
 * out, the rows of a multi-row record sorted.
 */
final class RecordHasher {

  private RecordHasher() {}

  /** How to read the columns of one result set. */
  static final class Columns {
    private final List<Column> columns = new ArrayList<>();

    Columns(ResultSet rows, AuditedTable table) throws SQLException {
      ResultSetMetaData meta = rows.getMetaData();
      for (int i = 1; i <= meta.getColumnCount(); i++) {
        String label = meta.getColumnLabel(i).toUpperCase();
        if (table.includes(label)) {
          columns.add(new Column(i, label, meta.getColumnType(i),
              meta.getColumnTypeName(i).toLowerCase()));
        }
      }
      columns.sort(Comparator.comparing(Column::label));
    }

    /** The canonical text of the current row: {@code LABEL:length:value;} or {@code LABEL:-;}. */
    String canonicalRow(ResultSet rows) throws SQLException {
      StringBuilder text = new StringBuilder();
      for (Column column : columns) {
        String value = column.read(rows);
        text.append(column.label()).append(':');
        if (value == null) {
          text.append('-');
        } else {
          text.append(value.length()).append(':').append(value);
        }
        text.append(';');
      }
      return text.toString();
    }
  }

  private record Column(int index, String label, int type, String typeName) {

    String read(ResultSet rows) throws SQLException {
      Object value = rows.getObject(index);
      if (value == null) {
        return null;
      }
      switch (type) {
        case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB:
          return Sha256.of(rows.getBytes(index));
        case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT:
          return Long.toString(rows.getLong(index));
        case Types.DECIMAL, Types.NUMERIC:
          return rows.getBigDecimal(index).stripTrailingZeros().toPlainString();
        case Types.FLOAT, Types.REAL, Types.DOUBLE:
          return Double.toString(rows.getDouble(index));
        case Types.BIT, Types.BOOLEAN:
          return Boolean.toString(rows.getBoolean(index));
        case Types.DATE:
          return rows.getObject(index, LocalDate.class).toString();
        case Types.TIME:
          return rows.getObject(index, LocalTime.class).toString();
        case Types.TIMESTAMP_WITH_TIMEZONE:
          return rows.getObject(index, OffsetDateTime.class).toInstant().toString();
        case Types.TIMESTAMP:
          // PostgreSQL reports timestamptz as TIMESTAMP; either way no JVM time zone is involved
          return typeName.contains("tz") || typeName.contains("zone")
              ? rows.getObject(index, OffsetDateTime.class).toInstant().toString()
              : rows.getObject(index, LocalDateTime.class).toString();
        default:
          return rows.getString(index);
      }
    }
  }

  /** SHA-256 of a record made of these canonical rows (order-independent), or null if none. */
  static String hashRecord(List<String> canonicalRows) {
    if (canonicalRows.isEmpty()) {
      return null;
    }
    List<String> sorted = new ArrayList<>(canonicalRows);
    sorted.sort(null);
    return Sha256.of(String.join("\n", sorted).getBytes(StandardCharsets.UTF_8));
  }


}
