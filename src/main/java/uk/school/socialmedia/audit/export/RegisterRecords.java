package uk.school.socialmedia.audit.export;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.camunda.bpm.engine.HistoryService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.school.socialmedia.audit.export.DisclosureRules.Kind;
import uk.school.socialmedia.consent.ConsentPurpose;

/**
 * The registers for one export, streamed row by row with a database cursor. Each query selects
 * exactly the columns of its {@link Kind}, in order, so a column not listed there is never even
 * read (a learner's name, a post's text, an exception's conditions).
 */
@Component
class RegisterRecords {

  private static final String CHANNELS = "channel-risk-assessment";

  private final JdbcTemplate jdbc;
  private final TransactionTemplate readOnly;
  private final HistoryService history;
  private final ProtectedCounts counts;
  private final Clock clock;
  private final int pageSize;

  RegisterRecords(DataSource dataSource, PlatformTransactionManager transactions,
      HistoryService history, ExportProperties properties, DisclosureRules rules, Clock clock) {
    this.jdbc = new JdbcTemplate(dataSource);
    // PostgreSQL streams with a fetch size only inside a transaction
    this.jdbc.setFetchSize(properties.export().pageSize());
    this.readOnly = new TransactionTemplate(transactions);
    this.readOnly.setReadOnly(true);
    this.history = history;
    this.counts = rules.counts();
    this.clock = clock;
    this.pageSize = properties.export().pageSize();
  }

  /** One register query; out of scope, its file is written with its header only. */
  private record Select(Kind kind, boolean inScope, String sql, Object... args) {}

  private List<Select> selects(ExportScope scope, String exportId) {
    OffsetDateTime from = utc(scope.start());
    OffsetDateTime to = utc(scope.end());
    List<Select> selects = new ArrayList<>();
    boolean channels = scope.includes(CHANNELS);
    selects.add(new Select(Kind.CHANNELS, channels, """
          select id, name, platform, purpose, status, risk_rating, learners_take_part,
                 proposed_by, proposed_at, approved_by, approved_at, activated_at,
                 next_review_due, account_url, process_instance_id
          from channel where proposed_at < ? order by id""", to));
    selects.add(new Select(Kind.CHANNEL_STATUS_CHANGES, channels, """
          select channel_id, from_status, to_status, changed_at, changed_by, reason
          from channel_status_change where changed_at >= ? and changed_at < ? order by id""",
          from, to));
    selects.add(new Select(Kind.AUP_SIGNATURES, scope.includes("aup-signing"), """
          select user_id, version_number, text_sha256, signed_at, process_instance_id
          from aup_signature where signed_at >= ? and signed_at < ? order by id""", from, to));
    selects.add(new Select(Kind.POSTS, scope.includes("post-review"), """
          select p.id, p.process_instance_id, p.channel_id, p.channel_name, p.status, p.author,
                 p.drafted_at, p.approved_by, p.approved_at, p.approved_text_sha256,
                 p.published_by, p.published_at, p.published_url,
                 (select count(*) from post_learner l where l.post_id = p.id)
          from post p
          where ((p.drafted_at >= ? and p.drafted_at < ?) or (p.published_at >= ? and p.published_at < ?))
            and p.status <> 'STOPPED'
          order by p.id""", from, to, from, to));
    selects.add(new Select(Kind.ACCOUNT_EXCEPTIONS, scope.includes(DisclosureRules.EXCEPTIONS),
        """
          select id, process_instance_id, kind, status, approved_by, approved_at, end_date,
                 renewals, ended_at,
                 case when ended_by = requester then null else ended_by end
          from account_exception
          where (approved_at >= ? and approved_at < ?) or (ended_at >= ? and ended_at < ?)
          order by id""", from, to, from, to));
    // every scope: governors see what was exported before, whatever it covered
    selects.add(new Select(Kind.EXPORTS, true, """
        select id, requested_by, requested_at, period_from, period_to,
               coalesce(process_key, 'all'), state, manifest_sha256, chain_sequence, chain_hash
        from audit_export where requested_at >= ? and requested_at < ? and id <> ?
        order by requested_at, id""", from, to, exportId));
    return selects;
  }

  long count(ExportScope scope, String exportId) {
    return readOnly.execute(status -> selects(scope, exportId).stream().filter(Select::inScope)
        .mapToLong(select -> jdbc.queryForObject("select count(*) from (" + select.sql()
            + ") counted", Long.class, select.args()))
        .sum());
  }

  void write(ExportScope scope, String exportId, RecordWriter out, PackFigures figures) {
    readOnly.executeWithoutResult(status -> {
      for (Select select : selects(scope, exportId)) {
        out.begin(select.kind());
        int columns = select.kind().columns().size();
        if (select.inScope()) {
          jdbc.query(select.sql(),
              (ResultSet row) -> out.write(select.kind(), values(row, columns)), select.args());
        }
      }
      out.begin(Kind.AUP_COMPLETION);
      if (scope.includes("aup-signing")) {
        aupCompletion(out, figures);
      }
      out.begin(Kind.CONSENT_COVERAGE);
      if (scope.includesAny("parental-consent", "consent-withdrawal")) {
        consentCoverage(scope, out, figures);
      }
    });
  }

  /** Per version: requests started (from history) against signatures recorded (register). */
  private void aupCompletion(RecordWriter out, PackFigures figures) {
    Map<Integer, Long> asked = new TreeMap<>();
    HistoryRecords.eachPage(history.createHistoricVariableInstanceQuery()
        .variableName("aupVersionNumber").disableBinaryFetching(), pageSize, variable -> {
          if ("aup-signing".equals(variable.getProcessDefinitionKey())
              && variable.getValue() instanceof Number version) {
            asked.merge(version.intValue(), 1L, Long::sum);
          }
        });
    jdbc.query("""
        select v.version_number, v.effective_date, v.text_sha256, v.published_by,
               (select count(*) from aup_signature s where s.version_number = v.version_number)
        from aup_version v order by v.version_number""", (ResultSet row) -> {
          int version = row.getInt(1);
          long signed = row.getLong(5);
          long requests = asked.getOrDefault(version, 0L);
          String percent = requests == 0 ? "" : Long.toString(Math.round(100.0 * signed / requests));
          out.write(Kind.AUP_COMPLETION, version, row.getObject(2), row.getString(3),
              row.getString(4), requests, signed, percent);
          figures.aupCompletion.add(List.of(Integer.toString(version), Long.toString(requests),
              Long.toString(signed), percent));
        });
  }

  /** Per purpose and year group; the learner table gives only year groups and how many. */
  private void consentCoverage(ExportScope scope, RecordWriter out, PackFigures figures) {
    LocalDate today = LocalDate.now(clock);
    LocalDate asOf = scope.lastDay().isAfter(today) ? today : scope.lastDay();
    OffsetDateTime endOfDay = utc(asOf.plusDays(1).atStartOfDay(clock.getZone()).toInstant());
    for (ConsentPurpose purpose : ConsentPurpose.values()) {
      jdbc.query("""
          select l.year_group, count(*), count(c.learner_reference)
          from learner l left join (
            select distinct learner_reference from consent_record
            where purpose = ? and given_on <= ? and valid_until >= ?
              and (withdrawn_at is null or withdrawn_at >= ?)) c
            on c.learner_reference = l.reference
          where l.imported_at < ?
          group by l.year_group order by l.year_group""", (ResultSet row) -> {
            // a small class must not show its learners' consent: counts as for concerns
            String learners = counts.count(row.getLong(2));
            String consented = counts.count(row.getLong(3));
            String percent = learners.matches("\\d+") && consented.matches("\\d+")
                ? Long.toString(Math.round(100.0 * Long.parseLong(consented)
                    / Long.parseLong(learners))) : "";
            out.write(Kind.CONSENT_COVERAGE, asOf, purpose, row.getInt(1), learners, consented,
                percent);
            figures.consentCoverage.add(List.of(purpose.name(), Integer.toString(row.getInt(1)),
                learners, consented, percent));
          }, purpose.name(), asOf, asOf, endOfDay, endOfDay);
    }
  }

  private static Object[] values(ResultSet row, int columns) throws SQLException {
    Object[] values = new Object[columns];
    for (int i = 0; i < columns; i++) {
      values[i] = row.getObject(i + 1);
    }
    return values;
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
