package dev.concierge.outbox;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;
import dev.concierge.outbox.support.OutboxApi;
import dev.concierge.outbox.support.OutboxTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(OutboxTestResource.class)
class OutboxPageTest extends OutboxApi {

    @Test
    void the_page_shows_a_conversation_per_number_with_a_reply_box_that_answers_from_that_number() {
        String store = newIndianMobile();
        Message.creator(new PhoneNumber("whatsapp:" + store), new PhoneNumber(OUTBOX_WHATSAPP),
                "BX47: <b>Amul</b> butter? Reply BX47 YES <price>").create(twilio());

        given().get("/").then().statusCode(200).contentType("text/html")
                .body(allOf(containsString("<h2>" + store + "</h2>"),
                        // escaped: a message can never inject markup into the page
                        containsString("BX47: &lt;b&gt;Amul&lt;/b&gt; butter?"),
                        not(containsString("<b>Amul</b>")),
                        containsString("data-from=\"" + store + "\" data-to=\"+14155238886\""),
                        containsString("fetch('/api/inbound'")));
    }

    @Test
    void the_message_list_refuses_an_unknown_channel_naming_the_parameter() {
        given().get("/api/messages?channel=FAX").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("channel"));
    }

    @Test
    void an_unknown_message_id_is_not_found() {
        given().get("/api/messages/SM00000000000000000000000000000000").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void health_is_up_with_the_smtp_server_listening_on_its_port() {
        given().get("/q/health").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("smtp"))
                .body("checks.find { it.name == 'smtp' }.data.port", equalTo(OutboxTestResource.smtpPort()));
    }
}
