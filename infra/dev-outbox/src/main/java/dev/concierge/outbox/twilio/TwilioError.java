package dev.concierge.outbox.twilio;

/** An error as Twilio's REST API reports it; {@code status} is the HTTP status it comes with. */
public record TwilioError(int code, String message, int status) {

    public String moreInfo() {
        return "https://www.twilio.com/docs/errors/" + code;
    }

    static TwilioError badRequest(int code, String message) {
        return new TwilioError(code, message, 400);
    }
}
