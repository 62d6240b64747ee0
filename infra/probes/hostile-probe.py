#!/usr/bin/env python3
"""Hostile probe of ingest-api on the running dev stack (./concierge run).

Sends many hostile requests, the way an attacker would, and checks for each:
  * no 5xx;
  * the expected status class (e.g. 401, 403, 400, 422);
  * every 4xx carries Content-Type application/problem+json and a non-empty body (431 and 414 too);
  * no internal names (Java classes, parser options) in a problem body;
  * a refused write produces no record: the end offsets of the topics ingest-api writes to are read
    with kcat before and after each refused case and must not move.

Needs: python3 with the `cryptography` package (Debian: apt-get install python3-cryptography), kcat, and
the dev stack's defaults (admin password, webhook secrets, NOTIFY_VARIABLES_KEY dev key, the JWT key pair
that ./concierge run generates in .data/keys). Customers sign in the way the notifier would read their
code: the Notify on notifications.commands is decrypted with the dev NOTIFY_VARIABLES_KEY.

    infra/probes/hostile-probe.py            # exit code 0 when nothing was found, 1 otherwise
    infra/probes/hostile-probe.py -v         # print every case, not only findings
"""
import base64
import hashlib
import hmac
import http.client
import json
import os
import random
import struct
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
import zlib

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from dev_otp import otp_code  # noqa: E402  (decrypts the Notify with the dev key)

HOST, PORT = os.environ.get("INGEST_HOST", "127.0.0.1"), int(os.environ.get("INGEST_PORT", "8081"))
KAFKA = os.environ.get("KAFKA_BOOTSTRAP", "127.0.0.1:9092")
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ADMIN = ("admin@concierge.local", os.environ.get("CONCIERGE_ADMIN_PASSWORD", "concierge-admin"))
RAZORPAY_SECRET = os.environ.get("RAZORPAY_WEBHOOK_SECRET", "dev-webhook-secret").encode()
TWILIO_TOKEN = os.environ.get("TWILIO_AUTH_TOKEN", "dev-twilio-token").encode()
PUBLIC_BASE_URL = os.environ.get("PUBLIC_BASE_URL", "http://127.0.0.1:8081")
JWT_PRIVATE_KEY = os.path.join(os.environ.get("JWT_KEY_DIR", os.path.join(ROOT, ".data", "keys")), "jwt-private.pem")
# every topic ingest-api writes to, except notifications.commands (the request processor writes there too)
WRITE_TOPICS = ["requests.commands", "chat.messages", "customers.events", "stores.events", "agents.events",
                "staff.events", "payments.webhooks", "stores.inbound", "notifications.events"]
# Topics other services write to as well: there only records of these types count as ingest-api's
# (the notifier writes NotificationSent/Delivered/Failed on notifications.events at any time).
INGEST_TYPES = {"notifications.events": "concierge.notification.delivery-status-reported.v1"}
# The dev outbox posts signed status callbacks for the messages the notifier really sent (e.g. the
# sign-in codes of this probe's customers), at any time: a status of a message the outbox knows is
# not caused by a refused write.
OUTBOX = os.environ.get("DEV_OUTBOX_URL", "http://127.0.0.1:8090")
LEAKS = ["dev.concierge", "java.", "jakarta.", "com.fasterxml", "Jackson", "StreamReadConstraints",
         "JsonReadFeature", "io.vertx", "io.quarkus", "Exception", "Body)", "at dev."]
VERBOSE = "-v" in sys.argv
findings = []
cases = 0


# ---------------------------------------------------------------- plumbing

class Answer:
    def __init__(self, status, headers, body):
        self.status, self.headers, self.body = status, headers, body

    def header(self, name):
        return self.headers.get(name.lower(), "")

    def json(self):
        try:
            return json.loads(self.body)
        except ValueError:
            return {}

    def __repr__(self):
        return "%d %s %r" % (self.status, self.header("content-type"), self.body[:300])


def send(method, path, body=None, headers=None, token=None, content_type="application/json", chunked=False):
    """One raw HTTP/1.1 exchange; body is bytes, str or a JSON-able object."""
    if body is not None and not isinstance(body, (bytes, str)):
        body = json.dumps(body)
    if isinstance(body, str):
        body = body.encode("utf-8", "surrogatepass")
    conn = http.client.HTTPConnection(HOST, PORT, timeout=60)
    conn.putrequest(method, path, skip_accept_encoding=True)
    hdrs = dict(headers or {})
    if token:
        hdrs.setdefault("Authorization", "Bearer " + token)
    if content_type and body is not None:
        hdrs.setdefault("Content-Type", content_type)
    if chunked:
        hdrs["Transfer-Encoding"] = "chunked"
    elif body is not None:
        hdrs["Content-Length"] = str(len(body))
    for k, v in hdrs.items():
        conn.putheader(k, v)
    try:
        conn.endheaders()
        if body is not None:
            if chunked:
                for i in range(0, len(body), 65536):
                    part = body[i:i + 65536]
                    conn.send(b"%x\r\n" % len(part) + part + b"\r\n")
                conn.send(b"0\r\n\r\n")
            else:
                conn.send(body)
        r = conn.getresponse()
        data = r.read()
        return Answer(r.status, {k.lower(): v for k, v in r.getheaders()}, data.decode("utf-8", "replace"))
    except (ConnectionError, http.client.HTTPException, OSError) as e:
        return Answer(0, {}, "connection: %s" % e)
    finally:
        conn.close()


def offsets():
    """End offset of every partition of WRITE_TOPICS (kcat -Q with timestamp -1 = end)."""
    args = ["kcat", "-b", KAFKA, "-Q"]
    for t in WRITE_TOPICS:
        for p in range(6):
            args += ["-t", "%s:%d:-1" % (t, p)]
    out = subprocess.run(args, capture_output=True, text=True, timeout=30).stdout
    ends = {}
    for line in out.splitlines():
        parts = line.split()  # "<topic> [<p>] offset <n>"
        if len(parts) >= 4 and parts[2] == "offset":
            ends[parts[0] + parts[1]] = int(parts[3])
    return ends


def produced_since(before):
    after = offsets()
    moved = {k: after[k] - before.get(k, 0) for k in after if after[k] != before.get(k, 0)}
    for key in list(moved):
        topic, partition = key.split("[")[0], int(key.split("[")[1].rstrip("]"))
        if topic in INGEST_TYPES:
            ours = ingest_records(topic, partition, before.get(key, 0), after[key], INGEST_TYPES[topic])
            if ours:
                moved[key] = ours
            else:
                del moved[key]
    return moved


def ingest_records(topic, partition, start, end, event_type):
    """How many records of event_type sit at [start, end) of one partition, leaving out the statuses of
    messages the dev outbox really sent."""
    out = subprocess.run(["kcat", "-b", KAFKA, "-C", "-t", topic, "-p", str(partition), "-o", str(start),
                          "-c", str(end - start), "-e", "-q"], capture_output=True, text=True, timeout=30).stdout
    count = 0
    for line in out.splitlines():
        if '"%s"' % event_type not in line:
            continue
        try:
            sid = json.loads(line)["data"]["providerMessageId"]
        except (ValueError, KeyError, TypeError):
            count += 1
            continue
        if not sent_by_outbox(sid):
            count += 1
    return count


def sent_by_outbox(sid):
    try:
        with urllib.request.urlopen("%s/api/messages/%s" % (OUTBOX, urllib.parse.quote(sid, safe="")), timeout=5) as r:
            return r.status == 200
    except (urllib.error.URLError, OSError, ValueError):
        return False


def finding(name, what, answer=None, request=None):
    findings.append((name, what, repr(answer) if answer else "", request or ""))
    print("FINDING  %-48s %s\n         request: %s\n         answer:  %r" % (name, what, request, answer))


def check(name, expect, do, refused=True, request=""):
    """Runs do() -> Answer and checks it. expect: a status or a tuple of accepted statuses."""
    global cases
    cases += 1
    expect = expect if isinstance(expect, tuple) else (expect,)
    before = offsets() if refused else None
    if refused:
        time.sleep(0)  # nothing else of ours writes while a refused case runs
    a = do()
    problems = []
    if a.status == 0 or a.status >= 500:
        problems.append("5xx/connection")
    if a.status not in expect:
        problems.append("status %d, expected %s" % (a.status, "/".join(map(str, expect))))
    if 400 <= a.status < 500:
        ct = a.header("content-type")
        if not ct.startswith("application/problem+json") or not a.body.strip():
            problems.append("4xx without problem+json body (content-type %r, %d bytes)" % (ct, len(a.body)))
        leaked = [w for w in LEAKS if w in a.body]
        if leaked:
            problems.append("problem body names internals: %s" % leaked)
    if refused:
        time.sleep(0.3)
        moved = produced_since(before)
        if moved:
            problems.append("refused write produced records: %s" % moved)
    for p in problems:
        finding(name, p, a, request)
    if VERBOSE and not problems:
        print("ok       %-48s %r" % (name, a))
    return a


def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def b64url_decode(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def jwt(header, claims, key=None):
    signing = b64url(json.dumps(header).encode()) + "." + b64url(json.dumps(claims).encode())
    sig = b""
    if key is not None:
        sig = key.sign(signing.encode(), padding.PKCS1v15(), hashes.SHA256())
    return signing + "." + b64url(sig)


def claims_of(token):
    return json.loads(b64url_decode(token.split(".")[1]))


# ---------------------------------------------------------------- sign-in the way the notifier reads codes

def new_phone():
    return "+919" + "%09d" % random.randrange(10 ** 9)


def customer():
    phone = new_phone()
    a = send("POST", "/v1/auth/otp", {"phone": phone})
    assert a.status == 202, a
    a = send("POST", "/v1/auth/verify", {"phone": phone, "code": otp_code(phone)})
    assert a.status == 200, a
    s = a.json()
    s["phone"] = phone
    return s


def login(email, password):
    a = send("POST", "/v1/auth/login", {"email": email, "password": password})
    assert a.status == 200, a
    return a.json()


ADDRESS = {"line1": "12 MG Road", "city": "Bengaluru", "pincode": "560001",
           "location": {"lat": 12.9756, "lon": 77.6050}}


def png(width=1, height=1):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xffffffff)
    raw = b"".join(b"\x00" + b"\xff\x00\x00" * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def multipart(filename, content, content_type):
    boundary = "probe" + uuid.uuid4().hex
    body = ("--%s\r\nContent-Disposition: form-data; name=\"file\"; filename=\"%s\"\r\nContent-Type: %s\r\n\r\n"
            % (boundary, filename, content_type)).encode() + content + ("\r\n--%s--\r\n" % boundary).encode()
    return body, "multipart/form-data; boundary=" + boundary


def upload(token, content, content_type="image/png", name="x.png"):
    body, ct = multipart(name, content, content_type)
    return send("POST", "/v1/media", body, token=token, content_type=ct)


def razorpay(body, signature=None, event_id=None):
    raw = body if isinstance(body, bytes) else json.dumps(body).encode()
    headers = {"X-Razorpay-Signature": signature if signature is not None
               else hmac.new(RAZORPAY_SECRET, raw, hashlib.sha256).hexdigest()}
    if event_id:
        headers["X-Razorpay-Event-Id"] = event_id
    return send("POST", "/v1/webhooks/razorpay", raw, headers=headers)


def twilio(path, params, signature=None):
    data = PUBLIC_BASE_URL + path + "".join(k + params[k] for k in sorted(params))
    sig = signature if signature is not None else base64.b64encode(
        hmac.new(TWILIO_TOKEN, data.encode(), hashlib.sha1).digest()).decode()
    from urllib.parse import urlencode
    return send("POST", path, urlencode(params), headers={"X-Twilio-Signature": sig},
                content_type="application/x-www-form-urlencoded")


# ---------------------------------------------------------------- the cases

def main():
    print("probing http://%s:%d (Kafka %s)" % (HOST, PORT, KAFKA))
    admin = login(*ADMIN)
    a_cust, b_cust = customer(), customer()
    A, B, ADM = a_cust["accessToken"], b_cust["accessToken"], admin["accessToken"]
    ra = send("POST", "/v1/requests", {"text": "Dolo 650", "mediaIds": [], "deliveryAddress": ADDRESS}, token=A)
    assert ra.status == 202, ra
    req_a = ra.json()["requestId"]
    rb = send("POST", "/v1/requests", {"text": "Crocin", "mediaIds": [], "deliveryAddress": ADDRESS}, token=B)
    req_b = rb.json()["requestId"]
    up = upload(A, png(2, 2))
    assert up.status == 201, up
    media_a = up.json()["mediaId"]
    key = serialization.load_pem_private_key(open(JWT_PRIVATE_KEY, "rb").read(), None)
    other_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    time.sleep(1)
    msg = lambda token, rid=req_a, body=None: (lambda: send(  # noqa: E731
        "POST", "/v1/requests/%s/messages" % rid, body or {"text": "hi", "mediaIds": []}, token=token))

    # --- JWT attacks: every forged token is 401 and writes nothing
    c = claims_of(A)
    header = json.loads(b64url_decode(A.split(".")[0]))
    forged = {
        "jwt alg none": jwt({"alg": "none", "typ": "JWT"}, c),
        "jwt alg none, no dot": jwt({"alg": "none"}, c)[:-1],
        "jwt payload tampered (sub=B)": A.split(".")[0] + "." + b64url(json.dumps(dict(c, sub=b_cust["subject"])).encode()) + "." + A.split(".")[2],
        "jwt role tampered (admin)": A.split(".")[0] + "." + b64url(json.dumps(dict(c, groups=["admin"])).encode()) + "." + A.split(".")[2],
        "jwt signature flipped": A[:-4] + ("AAAA" if not A.endswith("AAAA") else "BBBB"),
        "jwt signed by another key": jwt(header, c, other_key),
        "jwt expired (dev key)": jwt(header, dict(c, iat=int(time.time()) - 7200, exp=int(time.time()) - 3600), key),
        "jwt wrong issuer (dev key)": jwt(header, dict(c, iss="https://evil.example"), key),
        "jwt not yet valid (dev key)": jwt(header, dict(c, nbf=int(time.time()) + 3600), key),
        "jwt no exp (dev key)": jwt(header, {k: v for k, v in c.items() if k != "exp"}, key),
        "jwt HS256 with public key (key confusion)": (lambda s: s + "." + b64url(hmac.new(
            key.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo),
            s.encode(), hashlib.sha256).digest()))(b64url(json.dumps({"alg": "HS256", "typ": "JWT"}).encode()) + "." + b64url(json.dumps(c).encode())),
        "jwt embedded jwk": jwt(dict(header, jwk={"kty": "RSA", "n": b64url(other_key.public_key().public_numbers().n.to_bytes(256, "big")), "e": "AQAB"}), c, other_key),
        "jwt kid traversal": jwt(dict(header, kid="../../../../dev/null"), c, other_key),
        "jwt garbage": "not.a.jwt",
        "jwt empty bearer": "",
    }
    for name, token in forged.items():
        check(name, 401, lambda t=token: send("POST", "/v1/requests/%s/messages" % req_a, {"text": "x", "mediaIds": []},
                                               headers={"Authorization": "Bearer " + t}),
              request="POST /v1/requests/%s/messages with Authorization: Bearer <%s>" % (req_a, name))
    check("no Authorization header", 401, lambda: send("POST", "/v1/requests", {"text": "x", "mediaIds": [], "deliveryAddress": ADDRESS}),
          request="POST /v1/requests without a token")
    check("Basic auth instead of Bearer", 401, lambda: send("POST", "/v1/requests", {"text": "x", "mediaIds": [], "deliveryAddress": ADDRESS},
                                                             headers={"Authorization": "Basic YWRtaW46YWRtaW4="}))
    check("logged-out token", 401, lambda: (lambda s: (send("POST", "/v1/auth/logout", {"refreshToken": s["refreshToken"]}, token=s["accessToken"]),
                                                        send("POST", "/v1/agents/agt_%s/availability" % uuid.uuid4(), {"online": True},
                                                             token=s["accessToken"]))[1])(login(*ADMIN)),
          request="admin logout, then POST /v1/agents/<id>/availability with the same access token")
    check("customer token on an admin endpoint", 403, lambda: send("POST", "/v1/agents/agt_%s/availability" % uuid.uuid4(),
                                                                    {"online": True}, token=A))
    for name, text in [("U+200D U+200B", "\u200d\u200b"), ("U+FEFF", "\ufeff"), ("U+2060 U+00A0", "\u2060\u00a0"),
                       ("U+3000 U+3164", "\u3000\u3164"), ("U+180E U+FE0F", "\u180e\ufe0f")]:
        check("message of only " + name, 400, lambda t=text: send("POST", "/v1/requests/%s/messages" % req_a,
                                                                   {"text": t, "mediaIds": []}, token=A))
    check("message of only spaces", 400, lambda: send("POST", "/v1/requests/%s/messages" % req_a, {"text": "   ", "mediaIds": []}, token=A))
    check("message with neither text nor media", 400, lambda: send("POST", "/v1/requests/%s/messages" % req_a, {"mediaIds": []}, token=A))

    # --- cross-customer access: B on A's request and media
    check("B posts a message on A's request", 403, msg(B), request="POST /v1/requests/<A's>/messages as B")
    for name, body in [("CancelRequest", {"reason": "mine now"}), ("AcceptQuote", {"quoteId": "quo_" + str(uuid.uuid4())}),
                       ("RequestRefund", {"reason": "x"}), ("RateRequest", {"rating": 5})]:
        check("B issues %s on A's request" % name, 403, lambda n=name, b=body: send(
            "POST", "/v1/requests/%s/commands/%s" % (req_a, n), b, token=B),
              request="POST /v1/requests/<A's>/commands/%s %s as B" % (name, json.dumps(body)))
    check("B typing on A's request", 403, lambda: send("POST", "/v1/requests/%s/typing" % req_a, token=B))
    check("B downloads A's media", 404, lambda: send("GET", "/v1/media/" + media_a, token=B), refused=False,
          request="GET /v1/media/<A's id> as B")
    check("B attaches A's media to a new request", 400, lambda: send(
        "POST", "/v1/requests", {"text": "x", "mediaIds": [media_a], "deliveryAddress": ADDRESS}, token=B),
          request="POST /v1/requests {mediaIds:[<A's id>]} as B")
    check("B attaches A's media to a message", 400, msg(B, req_b, {"text": "x", "mediaIds": [media_a]}),
          request="POST /v1/requests/<B's>/messages {mediaIds:[<A's id>]} as B")
    batch = json.dumps({"clientEventId": "p-" + uuid.uuid4().hex, "op": "PostMessage", "requestId": req_a,
                        "body": {"text": "x", "mediaIds": []}})
    a = check("B batch-posts on A's request", 200, lambda: send("POST", "/v1/events:batch", batch, token=B,
                                                                 content_type="application/x-ndjson"),
              request="POST /v1/events:batch one PostMessage line on A's request as B")
    if a.json().get("accepted"):
        finding("B batch-posts on A's request", "line accepted", a)
    check("customer AssignAgent on own request", 403, lambda: send(
        "POST", "/v1/requests/%s/commands/AssignAgent" % req_a, {"agentId": "agt_" + str(uuid.uuid4())}, token=A))
    check("customer registers a store", 403, lambda: send("POST", "/v1/stores", {
        "name": "x", "phone": "+919800000000", "address": ADDRESS, "categories": ["medicines-health"]}, token=A))
    check("customer registers an agent", 403, lambda: send("POST", "/v1/agents", {
        "name": "x", "email": "x@example.com", "skills": [], "capacity": 1}, token=A))
    check("customer bulk command", 403, lambda: send("POST", "/v1/requests:bulk", {
        "command": "CancelRequest", "requestIds": [req_a], "params": {"reason": "x"}}, token=A))
    check("customer sets an agent online", 403, lambda: send(
        "POST", "/v1/agents/agt_%s/availability" % uuid.uuid4(), {"online": True}, token=A))
    check("unknown request (valid shape)", 404, msg(A, "req_" + str(uuid.uuid4())))
    check("unknown command name", 404, lambda: send("POST", "/v1/requests/%s/commands/DropTables" % req_a, {}, token=A))

    # --- Idempotency-Key on every auth endpoint: never a token for other credentials; other body -> 422
    k = "probe-" + uuid.uuid4().hex
    first = send("POST", "/v1/auth/login", {"email": ADMIN[0], "password": ADMIN[1]}, headers={"Idempotency-Key": k})
    assert first.status == 200, first
    a = check("login key reused, wrong password", 422, lambda: send(
        "POST", "/v1/auth/login", {"email": ADMIN[0], "password": "wrong"}, headers={"Idempotency-Key": k}),
              request="POST /v1/auth/login admin+right password with Idempotency-Key K, then K with a wrong password")
    a = check("login key reused, other email", 422, lambda: send(
        "POST", "/v1/auth/login", {"email": "nobody@example.com", "password": "x"}, headers={"Idempotency-Key": k}))
    a = send("POST", "/v1/auth/login", {"email": ADMIN[0], "password": ADMIN[1]}, headers={"Idempotency-Key": k})
    cases_replayed = [("login same key same body", a)]
    s = login(*ADMIN)
    k = "probe-" + uuid.uuid4().hex
    r1 = send("POST", "/v1/auth/refresh", {"refreshToken": s["refreshToken"]}, headers={"Idempotency-Key": k})
    assert r1.status == 200, r1
    check("refresh key reused, other token", 422, lambda: send(
        "POST", "/v1/auth/refresh", {"refreshToken": "x" * 40}, headers={"Idempotency-Key": k}),
          request="POST /v1/auth/refresh R1 with key K (200), then K with another refresh token")
    a = send("POST", "/v1/auth/refresh", {"refreshToken": s["refreshToken"]}, headers={"Idempotency-Key": k})
    cases_replayed.append(("refresh same key, spent token", a))
    if a.status == 200:
        finding("refresh same key, spent token", "a spent refresh token got tokens", a)
    r2 = r1.json().get("refreshToken")
    a = send("POST", "/v1/auth/refresh", {"refreshToken": r2})
    if a.status == 200:
        finding("refresh-token reuse revokes the family", "R2 still works after R1 was reused", a,
                "login -> R1; refresh R1 -> R2; refresh R1 again; refresh R2")
    global_cases_inc()
    phone = new_phone()
    k = "probe-" + uuid.uuid4().hex
    send("POST", "/v1/auth/otp", {"phone": phone}, headers={"Idempotency-Key": k})
    check("otp key reused, other phone", 422, lambda: send("POST", "/v1/auth/otp", {"phone": new_phone()},
                                                            headers={"Idempotency-Key": k}))
    code = otp_code(phone)
    k = "probe-" + uuid.uuid4().hex
    v = send("POST", "/v1/auth/verify", {"phone": phone, "code": code}, headers={"Idempotency-Key": k})
    assert v.status == 200, v
    check("verify key reused, other phone", 422, lambda: send(
        "POST", "/v1/auth/verify", {"phone": new_phone(), "code": "000000"}, headers={"Idempotency-Key": k}),
          request="POST /v1/auth/verify right code with key K (200), then K with another phone and code")
    check("verify key reused, wrong code", 422, lambda: send(
        "POST", "/v1/auth/verify", {"phone": phone, "code": "000001" if code != "000001" else "000002"},
        headers={"Idempotency-Key": k}))
    a = send("POST", "/v1/auth/verify", {"phone": phone, "code": code}, headers={"Idempotency-Key": k})
    cases_replayed.append(("verify same key, spent code", a))
    k = "probe-" + uuid.uuid4().hex
    send("POST", "/v1/auth/password-reset", {"email": "probe-%s@example.com" % uuid.uuid4().hex}, headers={"Idempotency-Key": k})
    check("password-reset key reused, other email", 422, lambda: send(
        "POST", "/v1/auth/password-reset", {"email": ADMIN[0]}, headers={"Idempotency-Key": k}))
    check("password-reset/confirm bad token", (400, 401), lambda: send(
        "POST", "/v1/auth/password-reset/confirm", {"token": "x" * 43, "newPassword": "abcdefghijkl"}))
    for name, a in cases_replayed:
        global_cases_inc()
        if a.header("idempotent-replayed") == "true":
            finding(name, "an auth endpoint replayed a stored answer", a)
    # a non-auth write: replay works, other body is 422, another caller does not get A's answer
    k = "probe-" + uuid.uuid4().hex
    body = {"text": "idem", "mediaIds": [], "deliveryAddress": ADDRESS}
    w1 = send("POST", "/v1/requests", body, token=A, headers={"Idempotency-Key": k})
    check("write replayed (same key, same body)", 202, lambda: send("POST", "/v1/requests", body, token=A,
                                                                    headers={"Idempotency-Key": k}))
    check("write key reused, other body", 422, lambda: send("POST", "/v1/requests", dict(body, text="other"), token=A,
                                                             headers={"Idempotency-Key": k}))
    wb = send("POST", "/v1/requests", body, token=B, headers={"Idempotency-Key": k})
    global_cases_inc()
    if wb.json().get("requestId") == w1.json().get("requestId"):
        finding("another caller's key", "B got A's replayed answer", wb)
    check("Idempotency-Key of 10,000 characters", 400, lambda: send("POST", "/v1/requests", body, token=A,
                                                                     headers={"Idempotency-Key": "k" * 10000}))

    # --- numbers
    for name, raw in [
        ("lat \"NaN\" string", '{"text":"x","mediaIds":[],"deliveryAddress":{"line1":"a","city":"b","pincode":"560001","location":{"lat":"NaN","lon":77.6}}}'),
        ("lat NaN literal", '{"text":"x","mediaIds":[],"deliveryAddress":{"line1":"a","city":"b","pincode":"560001","location":{"lat":NaN,"lon":77.6}}}'),
        ("lat Infinity", '{"text":"x","mediaIds":[],"deliveryAddress":{"line1":"a","city":"b","pincode":"560001","location":{"lat":Infinity,"lon":77.6}}}'),
        ("lat -Infinity string", '{"text":"x","mediaIds":[],"deliveryAddress":{"line1":"a","city":"b","pincode":"560001","location":{"lat":"-Infinity","lon":77.6}}}'),
        ("lat 1e400", '{"text":"x","mediaIds":[],"deliveryAddress":{"line1":"a","city":"b","pincode":"560001","location":{"lat":1e400,"lon":77.6}}}'),
        ("lat 91", '{"text":"x","mediaIds":[],"deliveryAddress":{"line1":"a","city":"b","pincode":"560001","location":{"lat":91,"lon":77.6}}}'),
        ("lat with 10,000 digits", '{"text":"x","mediaIds":[],"deliveryAddress":{"line1":"a","city":"b","pincode":"560001","location":{"lat":1' + "0" * 10000 + ',"lon":77.6}}}'),
        ("duplicate key text", '{"text":"a","text":"b","mediaIds":[],"deliveryAddress":' + json.dumps(ADDRESS) + '}'),
        ("duplicate key in nested address", '{"text":"a","mediaIds":[],"deliveryAddress":{"line1":"a","line1":"b","city":"b","pincode":"560001","location":{"lat":1,"lon":2}}}'),
        ("pincode as number", '{"text":"a","mediaIds":[],"deliveryAddress":{"line1":"a","city":"b","pincode":560001,"location":{"lat":1,"lon":2}}}'),
        ("unknown field", '{"text":"a","mediaIds":[],"deliveryAddress":' + json.dumps(ADDRESS) + ',"customerId":"cus_x"}'),
        ("NoSQL operator in text", '{"text":{"$ne":null},"mediaIds":[],"deliveryAddress":' + json.dumps(ADDRESS) + '}'),
        ("deep nesting", '{"text":"a","mediaIds":[],"deliveryAddress":' + json.dumps(ADDRESS) + ',"x":' + "[" * 5000 + "]" * 5000 + '}'),
        ("trailing garbage", '{"text":"a","mediaIds":[],"deliveryAddress":' + json.dumps(ADDRESS) + '} {"x":1}'),
        ("JSON array instead of object", '[1,2,3]'),
        ("empty body", ''),
        ("null body", 'null'),
        ("comment in JSON", '{/*x*/"text":"a","mediaIds":[],"deliveryAddress":' + json.dumps(ADDRESS) + '}'),
        ("single quotes", "{'text':'a'}"),
    ]:
        check(name, 400, lambda r=raw: send("POST", "/v1/requests", r, token=A),
              request="POST /v1/requests " + (raw if len(raw) < 200 else raw[:200] + "…"))
    for name, body in [("amountMinor 100.99", {"storeId": "sto_" + str(uuid.uuid4()), "itemPrice": {"amountMinor": 100.99, "currency": "INR"},
                                               "deliveryFee": {"amountMinor": 0, "currency": "INR"}}),
                       ("amountMinor 1e30", {"storeId": "sto_" + str(uuid.uuid4()), "itemPrice": {"amountMinor": 1e30, "currency": "INR"},
                                             "deliveryFee": {"amountMinor": 0, "currency": "INR"}}),
                       ("amountMinor negative", {"storeId": "sto_" + str(uuid.uuid4()), "itemPrice": {"amountMinor": -5, "currency": "INR"},
                                                 "deliveryFee": {"amountMinor": 0, "currency": "INR"}}),
                       ("amountMinor as string", {"storeId": "sto_" + str(uuid.uuid4()), "itemPrice": {"amountMinor": "500", "currency": "INR"},
                                                  "deliveryFee": {"amountMinor": 0, "currency": "INR"}}),
                       ("currency not ISO", {"storeId": "sto_" + str(uuid.uuid4()), "itemPrice": {"amountMinor": 500, "currency": "RUPEES"},
                                             "deliveryFee": {"amountMinor": 0, "currency": "INR"}})]:
        check("SendQuote " + name, 400, lambda b=body: send("POST", "/v1/requests/%s/commands/SendQuote" % req_a, b, token=ADM),
              request="POST /v1/requests/<id>/commands/SendQuote " + json.dumps(body))
    for rating in ["4.9", "0", "6", "\"5\"", "true", "5e0"]:
        check("RateRequest rating " + rating, 400, lambda r=rating: send(
            "POST", "/v1/requests/%s/commands/RateRequest" % req_a, '{"rating":%s}' % r, token=A),
              request='POST /v1/requests/<A\'s>/commands/RateRequest {"rating":%s}' % rating)
    check("agent capacity 2.5", 400, lambda: send("POST", "/v1/agents", '{"name":"x","email":"x@example.com","skills":[],"capacity":2.5}', token=ADM))

    # --- Content-Type
    good = json.dumps({"text": "x", "mediaIds": [], "deliveryAddress": ADDRESS})
    check("no Content-Type", 415, lambda: send("POST", "/v1/requests", good, token=A, content_type=None))
    check("text/plain", 415, lambda: send("POST", "/v1/requests", good, token=A, content_type="text/plain"))
    check("form-urlencoded", 415, lambda: send("POST", "/v1/requests", "text=x", token=A, content_type="application/x-www-form-urlencoded"))
    check("batch without Content-Type", 415, lambda: send("POST", "/v1/events:batch", batch, token=A, content_type=None))
    check("Accept: text/html", 406, lambda: send("POST", "/v1/requests", good, token=A, headers={"Accept": "text/html"}))

    # --- text: control characters, bidi, surrogates, invalid UTF-8
    for name, text in [("NUL", "a\u0000b"), ("ESC", "a\u001b[31mred"), ("bidi override RLO", "abc\u202eexe.jpg"),
                       ("bidi isolate", "a\u2066b"), ("lone surrogate", "a\ud800b"), 
                       ("DEL", "a\u007fb"), ("C1 control", "a\u0085b"), ("noncharacter U+FFFF", "a\uffffb")]:
        raw = '{"text":%s,"mediaIds":[]}' % json.dumps(text)
        check("message with " + name, 400, lambda r=raw: send("POST", "/v1/requests/%s/messages" % req_a, r, token=A),
              request="POST /v1/requests/<A's>/messages " + raw)
    raw_bad = [("invalid UTF-8 byte FF", b'{"text":"a\xffb","mediaIds":[]}'), ("overlong C0 AF", b'{"text":"a\xc0\xafb","mediaIds":[]}'),
               ("encoded surrogate ED A0 80", b'{"text":"a\xed\xa0\x80b","mediaIds":[]}'), ("truncated sequence E2 82", b'{"text":"a\xe2\x82","mediaIds":[]}')]
    for name, raw in raw_bad:
        check("message with " + name, 400, lambda r=raw: send("POST", "/v1/requests/%s/messages" % req_a, r, token=A),
              request="POST /v1/requests/<A's>/messages %r" % raw)
    line = b'{"clientEventId":"p-%s","op":"PostMessage","requestId":"%s","body":{"text":"a\xffb","mediaIds":[]}}' % (
        uuid.uuid4().hex.encode(), req_a.encode())
    a = check("batch line with invalid UTF-8", 200, lambda: send("POST", "/v1/events:batch", line, token=A,
                                                                  content_type="application/x-ndjson"))
    if a.json().get("accepted"):
        finding("batch line with invalid UTF-8", "line accepted", a)
    check("customer name with bidi", 400, lambda: send("PUT", "/v1/customers/me/profile", {"name": "\u202eadmin"}, token=A))
    check("twilio inbound body with NUL", (200, 400), lambda: twilio("/v1/webhooks/twilio/inbound", {
        "MessageSid": "SM" + uuid.uuid4().hex, "From": "whatsapp:+919800000001", "To": "whatsapp:+14155238886", "Body": "a\u0000b"}))

    # --- oversized ids and strings: 4xx, never 503
    check("AcceptQuote quoteId 1.5 MB", (400, 413), lambda: send("POST", "/v1/requests/%s/commands/AcceptQuote" % req_a,
                                                                 {"quoteId": "q" * 1_500_000}, token=A))
    check("AcceptQuote quoteId 101 chars", 400, lambda: send("POST", "/v1/requests/%s/commands/AcceptQuote" % req_a,
                                                             {"quoteId": "q" * 101}, token=A))
    check("text 4001 characters", 400, lambda: send("POST", "/v1/requests/%s/messages" % req_a, {"text": "x" * 4001, "mediaIds": []}, token=A))
    check("text 900 KB", 400, lambda: send("POST", "/v1/requests/%s/messages" % req_a, {"text": "x" * 900_000, "mediaIds": []}, token=A))
    check("string of 2,000,000 characters", (400, 413), lambda: send("POST", "/v1/requests", {"text": "x" * 2_000_000, "mediaIds": [], "deliveryAddress": ADDRESS}, token=A))
    check("request id of 3,000 chars in path", (400, 404), msg(A, "req_" + "a" * 3000))
    check("request id of wrong shape", (400, 404), msg(A, "req_7Hq2mX9tLp"))
    check("11 mediaIds", 400, lambda: send("POST", "/v1/requests", {"text": "x", "mediaIds": [media_a] * 11, "deliveryAddress": ADDRESS}, token=A))
    check("mediaId of wrong shape", 400, lambda: send("POST", "/v1/requests", {"text": "x", "mediaIds": ["med_8Jk2"], "deliveryAddress": ADDRESS}, token=A))
    check("categoryHint 101 chars", 400, lambda: send("POST", "/v1/requests", {"text": "x", "mediaIds": [], "deliveryAddress": ADDRESS, "categoryHint": "c" * 101}, token=A))
    check("store with 21 categories", 400, lambda: send("POST", "/v1/stores", {"name": "x", "phone": "+919800000000", "address": ADDRESS,
                                                                              "categories": ["c%d" % i for i in range(21)]}, token=ADM))
    check("bulk with 501 ids", 400, lambda: send("POST", "/v1/requests:bulk", {"command": "CancelRequest", "requestIds": [req_a] * 501,
                                                                              "params": {"reason": "x"}}, token=ADM))
    check("batch clientEventId 200 chars", 200, lambda: send("POST", "/v1/events:batch", json.dumps(
        {"clientEventId": "c" * 200, "op": "PostMessage", "requestId": req_a, "body": {"text": "x", "mediaIds": []}}), token=A,
        content_type="application/x-ndjson"))
    check("batch of 1001 lines", (400, 413), lambda: send("POST", "/v1/events:batch", "\n".join(
        json.dumps({"clientEventId": "c%d" % i, "op": "PostMessage", "requestId": req_a, "body": {"text": "x", "mediaIds": []}})
        for i in range(1001)), token=A, content_type="application/x-ndjson"))
    check("body 12 MB with Content-Length", 413, lambda: send("POST", "/v1/requests", b"{" + b" " * 12_000_000 + b"}", token=A))
    check("chunked body 12 MB", 413, lambda: send("POST", "/v1/requests", b'{"text":"' + b"x" * 12_000_000 + b'"}', token=A, chunked=True),
          request="POST /v1/requests, Transfer-Encoding: chunked, 12 MB")
    big = os.urandom(11 * 1024 * 1024)
    check("chunked multipart upload 11 MB", 413, lambda: (lambda b, ct: send("POST", "/v1/media", b, token=A, content_type=ct, chunked=True))(
        *multipart("x.png", b"\x89PNG\r\n\x1a\n" + big, "image/png")),
          request="POST /v1/media, multipart, Transfer-Encoding: chunked, 11 MB file (documented in ingest-api's Known limits)")

    # --- malformed images
    for name, content, ct in [
        ("JPEG with broken EXIF", b"\xff\xd8\xff\xe1\xff\xffExif\x00\x00" + os.urandom(200), "image/jpeg"),
        ("PNG header then HTML", b"\x89PNG\r\n\x1a\n<html><script>alert(1)</script></html>", "image/png"),
        ("truncated PNG", png(4, 4)[:40], "image/png"),
        ("WebP header then junk", b"RIFF\x20\x00\x00\x00WEBPVP8 " + os.urandom(30), "image/webp"),
        ("PNG of 100,000 x 100,000", (lambda p: p[:16] + struct.pack(">II", 100000, 100000) + p[24:])(png()), "image/png"),
        ("GIF", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;", "image/gif"),
        ("SVG", b"<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>", "image/svg+xml"),
        ("empty file", b"", "image/png"),
    ]:
        check("upload " + name, (400, 413, 415, 422), lambda c=content, t=ct: upload(A, c, t), refused=True,
              request="POST /v1/media multipart file=%s" % name)
    check("upload without file field", 400, lambda: send(
        "POST", "/v1/media", b"--zz\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nx\r\n--zz--\r\n",
        token=A, content_type="multipart/form-data; boundary=zz"))
    # the stored type comes from the bytes, not the label: a real PNG sent as image/jpeg is a PNG
    a = check("upload PNG labelled image/jpeg", 201, lambda: upload(A, png(3, 3), "image/jpeg", "x.exe"), refused=False)
    if a.json().get("contentType") != "image/png":
        finding("upload PNG labelled image/jpeg", "stored type follows the label, not the bytes", a)
    check("media id traversal", (400, 404), lambda: send("GET", "/v1/media/..%2F..%2Fetc%2Fpasswd", token=A), refused=False)

    # --- paths, methods, HTTP limits
    check("%zz in path", 400, lambda: send("POST", "/v1/requests/%zz/messages", {"text": "x", "mediaIds": []}, token=A),
          request="POST /v1/requests/%zz/messages")
    check("%00 in path", (400, 404), lambda: send("POST", "/v1/requests/%00/messages", {"text": "x", "mediaIds": []}, token=A))
    check("double-encoded traversal", (400, 404), lambda: send("POST", "/v1/requests/%252e%252e/messages", {"text": "x", "mediaIds": []}, token=A))
    check("dot-dot path", (400, 404), lambda: send("GET", "/v1/../q/metrics/../../etc/passwd", token=A), refused=False)
    check("unknown path", 404, lambda: send("GET", "/v1/nothing-here"), refused=False)
    check("unknown path with POST", 404, lambda: send("POST", "/v1/admin/delete-everything", {}, token=ADM))
    check("GET on a POST endpoint", 405, lambda: send("GET", "/v1/requests", token=A), refused=False)
    check("DELETE a request (no such resource)", (404, 405), lambda: send("DELETE", "/v1/requests/" + req_a, token=A))
    check("PUT on login", 405, lambda: send("PUT", "/v1/auth/login", {"email": "a", "password": "b"}))
    check("TRACE", (400, 405), lambda: send("TRACE", "/v1/requests"), refused=False)
    check("header of 30 KB", 431, lambda: send("POST", "/v1/requests", good, token=A, headers={"X-Big": "a" * 30000}),
          request="POST /v1/requests with a 30,000-byte header")
    check("header of 500 KB", 431, lambda: send("POST", "/v1/requests", good, token=A, headers={"X-Big": "a" * 500000}),
          request="POST /v1/requests with a 500,000-byte header")
    check("URI of 100 KB", 414, lambda: send("GET", "/v1/requests/" + "a" * 100000 + "/messages", token=A),
          request="GET /v1/requests/<100,000 a>/messages")
    check("URI of 10 KB", 414, lambda: send("GET", "/v1/requests/" + "a" * 10000 + "/messages", token=A),
          request="GET /v1/requests/<10,000 a>/messages")
    check("400 headers of 100 bytes (40 KB)", 431, lambda: send("POST", "/v1/requests", good, token=A,
                                                               headers={"X-H%d" % i: "v" * 100 for i in range(400)}))
    check("email NoSQL operator on login", 400, lambda: send("POST", "/v1/auth/login", '{"email":{"$ne":null},"password":{"$ne":null}}'))
    check("login unknown field", 400, lambda: send("POST", "/v1/auth/login", {"email": "a@b.c", "password": "x", "role": "admin"}))
    check("X-Forwarded-For does not change who we are", 401, lambda: send("POST", "/v1/requests", good,
                                                                         headers={"X-Forwarded-For": "10.0.0.1"}))

    # --- webhooks: forged, replayed, oversized
    payment_id = "pay_" + uuid.uuid4().hex[:14]
    rz = {"entity": "event", "event": "payment_link.paid", "contains": ["payment_link", "payment"], "created_at": int(time.time()),
          "payload": {"payment_link": {"entity": {"id": "plink_" + uuid.uuid4().hex[:14], "status": "paid", "reference_id": req_a}},
                      "payment": {"entity": {"id": payment_id, "amount": 5700, "currency": "INR", "status": "captured"}}}}
    check("razorpay unsigned", 401, lambda: razorpay(rz, signature=""))
    check("razorpay forged signature", 401, lambda: razorpay(rz, signature="0" * 64))
    check("razorpay signed with another secret", 401, lambda: razorpay(rz, signature=hmac.new(b"guess", json.dumps(rz).encode(), hashlib.sha256).hexdigest()))
    stored = check("razorpay signed (first delivery)", 200, lambda: razorpay(rz, event_id="evt_" + uuid.uuid4().hex[:14]), refused=False)
    if stored.json().get("result") != "STORED":
        finding("razorpay signed (first delivery)", "not STORED", stored)
    for name, eid in [("razorpay replayed, new event id", "evt_" + uuid.uuid4().hex[:14]), ("razorpay replayed, no event id", None),
                      ("razorpay replayed, junk event id", "../../x" * 20)]:
        a = check(name, 200, lambda e=eid: razorpay(rz, event_id=e))
        if a.json().get("result") != "DUPLICATE":
            finding(name, "not DUPLICATE", a)
    check("razorpay signed 2 MB", 413, lambda: razorpay(dict(rz, pad="x" * 2_000_000)))
    check("razorpay signed, not JSON", (200, 400), lambda: razorpay(b"not json"))
    check("razorpay signed, invalid UTF-8", 400, lambda: razorpay(b'{"event":"a\xff"}'))
    sid = "SM" + uuid.uuid4().hex
    status = {"MessageSid": sid, "MessageStatus": "delivered", "To": "whatsapp:+919800000001", "From": "whatsapp:+14155238886",
              "AccountSid": "AC00000000000000000000000000000000"}
    check("twilio status forged", 401, lambda: twilio("/v1/webhooks/twilio/status", status, signature="AAAA"))
    check("twilio status unsigned", 401, lambda: send("POST", "/v1/webhooks/twilio/status", "MessageSid=%s&MessageStatus=delivered" % sid,
                                                       content_type="application/x-www-form-urlencoded"))
    check("twilio status signed (first)", 204, lambda: twilio("/v1/webhooks/twilio/status", status), refused=False)
    check("twilio status replayed", (200, 204), lambda: twilio("/v1/webhooks/twilio/status", status))
    check("twilio inbound forged", 401, lambda: twilio("/v1/webhooks/twilio/inbound", {"MessageSid": "SM" + uuid.uuid4().hex,
                                                                                       "From": "whatsapp:+919800000001", "Body": "hi"}, signature="x"))
    check("twilio status bad MessageSid", 400, lambda: twilio("/v1/webhooks/twilio/status", dict(status, MessageSid="SM../../x")))
    check("twilio 101 parameters", 400, lambda: twilio("/v1/webhooks/twilio/status", dict(status, **{"P%d" % i: "v" for i in range(101)})))
    check("twilio JSON body", (400, 401, 415), lambda: send("POST", "/v1/webhooks/twilio/status", {"MessageSid": sid}))

    print("\n%d cases, %d findings" % (cases, len(findings)))
    return 1 if findings else 0


def global_cases_inc():
    global cases
    cases += 1


if __name__ == "__main__":
    sys.exit(main())
