package dev.concierge.ingest.directory.application;

import dev.concierge.ingest.auth.application.PhoneNumbers;
import dev.concierge.ingest.shared.application.Caller;
import dev.concierge.ingest.shared.application.ConflictException;
import dev.concierge.ingest.shared.application.EventPublisher;
import dev.concierge.ingest.shared.application.ForbiddenException;
import dev.concierge.ingest.shared.application.IdGenerator;
import dev.concierge.ingest.shared.application.InvalidInputException;
import dev.concierge.ingest.shared.application.NotFoundException;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.stores.StoreEvent.StoreAvailabilityChanged;
import dev.concierge.schemas.stores.StoreEvent.StoreRegistered;
import dev.concierge.schemas.stores.StoreEvent.StoreUpdated;

/** The store directory: admins register and describe stores, staff pause and resume them. */
public final class StoreDirectory {

    private final EventPublisher events;
    private final StoreRegistry stores;
    private final IdGenerator ids;

    public StoreDirectory(EventPublisher events, StoreRegistry stores, IdGenerator ids) {
        this.events = events;
        this.stores = stores;
        this.ids = ids;
    }

    public Written register(Caller caller, StoreProfile profile) {
        Written.requireRole(caller, Caller.Role.ADMIN, "register stores");
        String phone = checkProfile(profile);
        String storeId = ids.next(DirectoryIds.STORE);
        if (!stores.register(storeId, phone)) {
            throw new ConflictException("another store already uses " + phone);
        }
        return new Written(storeId, events.publish(Topics.STORES_EVENTS, storeId, new StoreRegistered(storeId,
                profile.name(), phone, profile.address(), profile.categories(), profile.openingHours(),
                profile.radiusMeters())).eventId());
    }

    public Written update(Caller caller, String storeId, StoreProfile profile) {
        Written.requireRole(caller, Caller.Role.ADMIN, "update stores");
        requireStore(storeId);
        String phone = checkProfile(profile);
        if (!stores.changePhone(storeId, phone)) {
            throw new ConflictException("another store already uses " + phone);
        }
        return new Written(storeId, events.publish(Topics.STORES_EVENTS, storeId, new StoreUpdated(storeId,
                profile.name(), phone, profile.address(), profile.categories(), profile.openingHours(),
                profile.radiusMeters())).eventId());
    }

    public Written availability(Caller caller, String storeId, boolean available, String reason) {
        if (!caller.isStaff()) {
            throw new ForbiddenException("only staff change a store's availability");
        }
        requireStore(storeId);
        return new Written(storeId, events.publish(Topics.STORES_EVENTS, storeId,
                new StoreAvailabilityChanged(storeId, available, reason)).eventId());
    }

    private String checkProfile(StoreProfile profile) {
        Categories.requireKnown(profile.categories(), "categories");
        if (profile.address().location() == null) {
            throw InvalidInputException.of("address.location",
                    "a store needs its location: store selection measures delivery distance from it");
        }
        return PhoneNumbers.normalise(profile.phone(), "phone");
    }

    private void requireStore(String storeId) {
        DirectoryIds.requireValid(DirectoryIds.STORE, storeId, "storeId");
        if (!stores.exists(storeId)) {
            throw new NotFoundException("no store " + storeId);
        }
    }
}
