package dev.concierge.projections.frontend;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import dev.concierge.testkit.ConciergeTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The built dashboard and web chat are served, and their deep links survive a reload. */
@QuarkusTest
@WithTestResource(ConciergeTestResource.class)
class FrontEndPagesTest {

    private static final String CHAT_TITLE = "<title>Concierge — chat</title>";
    private static final String DASHBOARD_TITLE = "<title>Concierge — dashboard</title>";

    @Test
    void the_web_chat_is_served_at_app_with_and_without_the_trailing_slash() {
        for (String path : new String[] {"/app", "/app/"}) {
            given().when().get(path)
                    .then().statusCode(200).contentType(containsString("text/html")).body(containsString(CHAT_TITLE));
        }
    }

    @Test
    void a_reloaded_web_chat_link_gets_the_web_chat_page() {
        given().when().get("/app/requests/req_6f1c2d9e-0000-4000-8000-000000000001")
                .then().statusCode(200)
                .body(containsString(CHAT_TITLE))
                .header("Cache-Control", allOf(containsString("no-cache"), not(containsString("immutable"))));
    }

    @Test
    void a_reloaded_dashboard_link_gets_the_dashboard_page() {
        given().when().get("/requests/req_6f1c2d9e-0000-4000-8000-000000000001")
                .then().statusCode(200).body(containsString(DASHBOARD_TITLE));
    }

    @Test
    void the_scripts_the_pages_name_are_served() {
        String page = given().when().get("/app/").then().statusCode(200).extract().asString();
        Matcher script = Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"").matcher(page);
        org.assertj.core.api.Assertions.assertThat(script.find()).as("a script in %s", page).isTrue();
        Response asset = given().when().get(script.group(1));
        asset.then().statusCode(200).contentType(containsString("javascript"));
    }

    @Test
    void the_api_and_missing_files_still_answer_404_instead_of_a_page() {
        given().when().get("/v1/no-such-thing").then().statusCode(404).body(not(containsString(DASHBOARD_TITLE)));
        given().when().get("/assets/no-such-file.js").then().statusCode(404);
        given().when().get("/q/no-such-thing").then().statusCode(404).body(not(containsString(DASHBOARD_TITLE)));
    }
}
