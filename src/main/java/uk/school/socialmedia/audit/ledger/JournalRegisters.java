package uk.school.socialmedia.audit.ledger;

import jakarta.persistence.EntityManagerFactory;
import java.sql.SQLException;
import java.util.Optional;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.AbstractCollectionEvent;
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
 * Journals every register change right after Hibernate ran its SQL, reading the row on the
 * session's own connection, in the same transaction. Registered once for all entities and
 * element collections. (JPQL bulk updates would bypass it; the product has none.)
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

  private void entity(SharedSessionContractImplementor session, EntityPersister persister,
      Object id) {
    record(session, tables.ofEntity(persister.getEntityName()), id);
  }

  private void collection(AbstractCollectionEvent event) {
    if (event.getAffectedOwnerIdOrNull() != null) {
      record(event.getSession(), tables.ofCollection(event.getCollection().getRole()),
          event.getAffectedOwnerIdOrNull());
    }
  }

  private void record(SharedSessionContractImplementor session, Optional<AuditedTable> table,
      Object key) {
    if (table.isEmpty()) {
      return;
    }
    try {
      journal.record(session.getJdbcCoordinator().getLogicalConnection().getPhysicalConnection(),
          table.get(), key, Operation.DELETE);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not journal a register change", e);
    }
  }
}
