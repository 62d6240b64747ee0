package dev.concierge.ingest.webhooks.gateways;

import com.razorpay.RazorpayException;
import com.razorpay.Utils;
import com.twilio.security.RequestValidator;
import dev.concierge.ingest.webhooks.application.SignatureChecks;
import java.util.Map;

/** Signature checks done by the gateways' own SDKs, exactly as their documentation prescribes. */
public final class SdkSignatureChecks implements SignatureChecks {

    private final String razorpayWebhookSecret;
    private final RequestValidator twilioValidator;

    public SdkSignatureChecks(String razorpayWebhookSecret, String twilioAuthToken) {
        this.razorpayWebhookSecret = razorpayWebhookSecret;
        this.twilioValidator = new RequestValidator(twilioAuthToken);
    }

    @Override
    public boolean razorpayValid(String rawBody, String signature) {
        try {
            return Utils.verifyWebhookSignature(rawBody, signature, razorpayWebhookSecret);
        } catch (RazorpayException e) {
            return false;
        }
    }

    @Override
    public boolean twilioValid(String url, Map<String, String> params, String signature) {
        return twilioValidator.validate(url, params, signature);
    }
}
