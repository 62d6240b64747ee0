#!/usr/bin/env python3
"""Prints the sign-in code the dev stack last sent to a phone, as the notifier would read it.

ingest-api puts the OTP on notifications.commands as a Notify whose encryptedVariables.code is
AES-256-GCM encrypted with NOTIFY_VARIABLES_KEY (associated data: the Notify's idempotencyKey).
No notifier-worker sends SMS yet, so on the dev stack this reads the Notify with kcat and decrypts
it with the dev key. Dev stack only: production has its own key and no code is readable without it.

    infra/probes/dev_otp.py +919812345678

Needs kcat and python3's `cryptography` package (Debian: apt-get install python3-cryptography).
"""
import base64
import json
import os
import subprocess
import sys
import time

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

KAFKA = os.environ.get("KAFKA_BOOTSTRAP", "127.0.0.1:9092")
# the %dev value of concierge.notify.variables-key (ingest-api application.properties)
NOTIFY_KEY = base64.b64decode(os.environ.get("NOTIFY_VARIABLES_KEY", "ZGV2LW9ubHktbm90aWZ5LWtleS0zMi1ieXRlcy0hISE="))
OTP_TEMPLATE = "auth.otp"


def read_topic(topic):
    """Every record of a topic, from the beginning, as parsed CloudEvents."""
    out = subprocess.run(["kcat", "-b", KAFKA, "-C", "-t", topic, "-o", "beginning", "-e", "-q"],
                         capture_output=True, text=True, timeout=60).stdout
    for line in out.splitlines():
        try:
            yield json.loads(line)
        except ValueError:
            pass


def b64url_decode(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def decrypt(token, associated_data):
    """The v1.<nonce>.<ciphertext+tag> format of ingest-api's VariableEncryptor."""
    _, nonce, sealed = token.split(".")
    return AESGCM(NOTIFY_KEY).decrypt(b64url_decode(nonce), b64url_decode(sealed), associated_data.encode()).decode()


def otp_code(phone, wait_seconds=20):
    """The newest code sent to phone; waits a little for the Notify to land."""
    deadline = time.time() + wait_seconds
    while True:
        sent = [e["data"] for e in read_topic("notifications.commands")
                if e.get("data", {}).get("templateId") == OTP_TEMPLATE
                and (e["data"].get("recipient") or {}).get("phone") == phone]
        if sent:
            notify = sent[-1]
            return decrypt(notify["encryptedVariables"]["code"], notify["idempotencyKey"])
        if time.time() > deadline:
            raise LookupError("no %s Notify for %s on notifications.commands" % (OTP_TEMPLATE, phone))
        time.sleep(0.5)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: %s <phone in E.164, e.g. +919812345678>" % sys.argv[0])
    try:
        print(otp_code(sys.argv[1]))
    except LookupError as e:
        sys.exit(str(e))
