package dev.concierge.payments.reconciliation;

import dev.concierge.payments.application.Reconciliation;
import dev.concierge.payments.gateway.PaymentGateway;
import dev.concierge.payments.simulated.SimulatedGateway;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Runs reconciliation every {@code concierge.payments.reconcile.every} (off in the test profile,
 * where tests call it), and, with the simulated gateway, its expiry sweep every
 * {@code concierge.payments.simulated.expiry-sweep}: what Razorpay's own expiry job does.
 */
@ApplicationScoped
public class ReconciliationSchedule {

    private static final Logger LOG = Logger.getLogger(ReconciliationSchedule.class);

    private final Reconciliation reconciliation;
    private final PaymentGateway gateway;

    ReconciliationSchedule(Reconciliation reconciliation, PaymentGateway gateway) {
        this.reconciliation = reconciliation;
        this.gateway = gateway;
    }

    @Scheduled(identity = "reconcile-payments", every = "${concierge.payments.reconcile.every}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void reconcile() {
        if ("none".equals(gateway.name())) {
            return; // nothing to ask; every payment command is dead-lettered anyway
        }
        Reconciliation.Summary summary = reconciliation.run();
        if (summary.capturesFound() + summary.expiriesFound() > 0 || !summary.errors().isEmpty()) {
            LOG.infof("reconciliation: %s", summary);
        }
    }

    @Scheduled(identity = "simulated-expiry-sweep", every = "${concierge.payments.simulated.expiry-sweep}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void announceSimulatedExpiries() {
        if (gateway instanceof SimulatedGateway simulated) {
            simulated.announceExpiries();
        }
    }
}
