package dev.concierge.outbox.web;

import dev.concierge.outbox.messages.Conversation;
import dev.concierge.outbox.messages.MessageLog;
import dev.concierge.outbox.messages.MessageQuery;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The outbox page: one block per conversation, newest conversation first, a reply box under each. */
@Path("/")
public class PageResource {

    static final int MESSAGES_SHOWN = 2_000;
    static final int PER_CONVERSATION = 50;

    @Inject
    MessageLog log;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(List<Conversation> conversations, int total);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page() {
        var recent = log.list(MessageQuery.all(MESSAGES_SHOWN));
        return Templates.page(Conversation.group(recent, PER_CONVERSATION), recent.size());
    }
}
