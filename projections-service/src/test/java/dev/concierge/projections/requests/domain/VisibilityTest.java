package dev.concierge.projections.requests.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.projections.requests.domain.Viewer.Role;
import dev.concierge.schemas.common.RequestStatus;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VisibilityTest {

    private static final RequestFilter ANY = new RequestFilter(Set.of(RequestStatus.NEW), null, null, null, null, null,
            null, 20, null);

    @Test
    void a_customers_list_is_always_narrowed_to_their_own_requests() {
        assertThat(ANY.visibleTo(new Viewer("cus_a", Role.CUSTOMER))).hasValueSatisfying(
                filter -> assertThat(filter.customerId()).isEqualTo("cus_a"));
    }

    @Test
    void a_customer_may_not_ask_for_another_customers_list() {
        RequestFilter ofB = new RequestFilter(Set.of(), null, null, "cus_b", null, null, null, 20, null);

        assertThat(ofB.visibleTo(new Viewer("cus_a", Role.CUSTOMER))).isEmpty();
    }

    @Test
    void staff_lists_are_as_asked() {
        assertThat(ANY.visibleTo(new Viewer("agt_1", Role.AGENT))).contains(ANY);
        assertThat(ANY.visibleTo(new Viewer("adm_1", Role.ADMIN))).contains(ANY);
    }

    @Test
    void a_customer_reads_only_their_own_request_and_staff_read_all() {
        assertThat(new Viewer("cus_a", Role.CUSTOMER).mayRead("cus_a")).isTrue();
        assertThat(new Viewer("cus_a", Role.CUSTOMER).mayRead("cus_b")).isFalse();
        assertThat(new Viewer("agt_1", Role.AGENT).mayRead("cus_b")).isTrue();
    }

    @Test
    void the_strongest_role_of_the_token_counts_and_a_store_reads_nothing() {
        assertThat(Role.strongestOf(Set.of("customer", "admin"))).contains(Role.ADMIN);
        assertThat(Role.strongestOf(Set.of("agent"))).contains(Role.AGENT);
        assertThat(Role.strongestOf(Set.of("store"))).isEmpty();
    }

    @Test
    void counts_ignore_the_status_and_the_cursor_but_keep_the_rest() {
        RequestFilter filter = new RequestFilter(Set.of(RequestStatus.NEW), "agt_1", "groceries", "cus_a", null, null,
                "milk", 5, new Cursor(java.time.Instant.EPOCH, "req_1"));

        RequestFilter counts = filter.forCounts();

        assertThat(counts.statuses()).isEmpty();
        assertThat(counts.after()).isNull();
        assertThat(counts.agentId()).isEqualTo("agt_1");
        assertThat(counts.customerId()).isEqualTo("cus_a");
        assertThat(counts.text()).isEqualTo("milk");
    }
}
