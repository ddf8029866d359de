package uk.school.socialmedia.audit.ledger;

import jakarta.persistence.EntityManagerFactory;
import java.sql.SQLException;
import java.util.Optional;
import org.hibernate.action.spi.BeforeTransactionCompletionProcess;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.AbstractCollectionEvent;
import org.hibernate.event.spi.EventSource;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostCollectionRecreateEvent;
import org.hibernate.event.spi.PostCollectionRecreateEventListener;
import org.hibernate.event.spi.PostCollectionRemoveEvent;
import org.hibernate.event.spi.PostCollectionRemoveEventListener;
import org.hibernate.event.spi.PostCollectionUpdateEvent;
import org.hibernate.event.spi.PostCollectionUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;

/**
 * Journals every register change in its own transaction. Hibernate's events say which records
 * changed; the rows are read on the session's connection just before the transaction completes,
 * after the last flush and its JDBC batches (Hibernate batches inserts and updates, so a row is
 * not yet written when its event fires). Registered once for all entities and element
 * collections. (JPQL bulk updates would bypass it; the product has none.)
 */
class JournalRegisters implements PostInsertEventListener, PostUpdateEventListener,
    PostDeleteEventListener, PostCollectionRecreateEventListener,
    PostCollectionUpdateEventListener, PostCollectionRemoveEventListener {

  private final RegisterTables tables;
  private final Journal journal;

  JournalRegisters(RegisterTables tables, Journal journal) {
    this.tables = tables;
    this.journal = journal;
  }

  void listenTo(EntityManagerFactory entityManagerFactory) {
    EventListenerRegistry registry = entityManagerFactory.unwrap(SessionFactoryImplementor.class)
        .getServiceRegistry().getService(EventListenerRegistry.class);
    registry.appendListeners(EventType.POST_INSERT, this);
    registry.appendListeners(EventType.POST_UPDATE, this);
    registry.appendListeners(EventType.POST_DELETE, this);
    registry.appendListeners(EventType.POST_COLLECTION_RECREATE, this);
    registry.appendListeners(EventType.POST_COLLECTION_UPDATE, this);
    registry.appendListeners(EventType.POST_COLLECTION_REMOVE, this);
  }

  @Override
  public void onPostInsert(PostInsertEvent event) {
    entity(event.getSession(), event.getPersister(), event.getId());
  }

  @Override
  public void onPostUpdate(PostUpdateEvent event) {
    entity(event.getSession(), event.getPersister(), event.getId());
  }

  @Override
  public void onPostDelete(PostDeleteEvent event) {
    entity(event.getSession(), event.getPersister(), event.getId());
  }

  @Override
  public void onPostRecreateCollection(PostCollectionRecreateEvent event) {
    collection(event);
  }

  @Override
  public void onPostUpdateCollection(PostCollectionUpdateEvent event) {
    collection(event);
  }

  @Override
  public void onPostRemoveCollection(PostCollectionRemoveEvent event) {
    collection(event);
  }

  @Override
  public boolean requiresPostCommitHandling(EntityPersister persister) {
    return false;
  }

  private void entity(EventSource session, EntityPersister persister, Object id) {
    record(session, tables.ofEntity(persister.getEntityName()), id);
  }

  private void collection(AbstractCollectionEvent event) {
    // the collection's role is already cleared after a recreate: journal each element
    // collection of the owner (there are one or two)
    Object owner = event.getAffectedOwnerIdOrNull();
    if (owner != null) {
      tables.collectionsOf(event.getAffectedOwnerEntityName())
          .forEach(table -> record(event.getSession(), Optional.of(table), owner));
    }
  }

  private void record(EventSource session, Optional<AuditedTable> table, Object key) {
    table.ifPresent(audited -> session.getActionQueue().registerProcess(
        (BeforeTransactionCompletionProcess) completing -> {
          try {
            journal.record(completing.getJdbcCoordinator().getLogicalConnection()
                .getPhysicalConnection(), audited, key, Operation.DELETE);
          } catch (SQLException e) {
            throw new IllegalStateException("Could not journal a register change", e);
          }
        }));
  }
}
