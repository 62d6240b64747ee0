#!/usr/bin/env python3
"""Writes N CreateRequest commands (CloudEvents JSON, one `key|value` line each) to stdout, for
kcat -P -K '|' -X partitioner=murmur2_random -H content-type=application/cloudevents+json.
Used to check that the request processor drains a burst with no agent online (issue 9):

    python3 infra/probes/burst-create-requests.py 30000 \
      | kcat -b 127.0.0.1:9092 -P -t requests.commands -K '|' -X partitioner=murmur2_random \
             -H content-type=application/cloudevents+json
"""
import datetime
import json
import sys
import uuid

count = int(sys.argv[1]) if len(sys.argv) > 1 else 30000
now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
for i in range(count):
    request_id = f"req_{uuid.uuid4()}"
    event = {
        "specversion": "1.0", "id": str(uuid.uuid4()),
        "type": "concierge.request.command.create-request.v1", "source": "burst-probe",
        "time": now, "subject": request_id, "datacontenttype": "application/json",
        "data": {
            "requestId": request_id, "customerId": f"cus_{uuid.uuid4()}",
            "text": f"Dolo 650 tablet strip #{i}", "mediaIds": [], "categoryHint": "medicines-health",
            "deliveryAddress": {"line1": "12 MG Road", "city": "Bengaluru", "pincode": "560001",
                                "location": {"lat": 12.9756, "lon": 77.6050}},
            "issuedBy": {"id": "burst-probe", "role": "system"},
        },
    }
    sys.stdout.write(request_id + "|" + json.dumps(event, separators=(",", ":")) + "\n")
