package dev.concierge.projections.frontend;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.regex.Pattern;

/**
 * The dashboard ({@code /}) and the web chat ({@code /app}) are single-page applications that route
 * in the browser, so a reload or a shared link such as {@code /app/requests/req_…} must get the
 * page, not a 404. Page paths (no file extension, outside the API, the operational endpoints and
 * the built assets) are served the page of their front end; everything else is left alone.
 */
@ApplicationScoped
class FrontEndRoutes {

    /** Paths a front end owns: no dot (files have extensions), not under /v1/, /q/ or /assets/. */
    static final Pattern PAGE_PATH = Pattern.compile("/(?!v1(/|$)|q(/|$)|assets/)[^.]*");

    static final String CHAT_PAGE = "/app/index.html";
    static final String DASHBOARD_PAGE = "/index.html";

    void install(@Observes Router router) {
        router.getWithRegex(PAGE_PATH.pattern()).handler(this::serveThePage);
    }

    private void serveThePage(RoutingContext context) {
        String path = context.normalizedPath();
        if (path.equals("/")) {
            context.next(); // the static handler serves index.html itself
        } else if (path.equals("/app") || path.startsWith("/app/")) {
            context.reroute(CHAT_PAGE);
        } else {
            context.reroute(DASHBOARD_PAGE);
        }
    }
}
