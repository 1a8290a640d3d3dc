# Python 3 with pika (pip install pika, or Debian's python3-pika); any AMQP 0-9-1 client works.
# Run: AMQP_URL=amqp://integrator:<password>@broker.example:5672 python3 consumer.py
import json
import os

import pika

url = os.environ.get("AMQP_URL", "amqp://integrator:<password>@broker.example:5672")
queue = os.environ.get("QUEUE", "integrator.public-security.deaths")
stop_after = int(os.environ.get("STOP_AFTER", "0"))  # for a trial run: stop after so many events

# Your idempotency store: in production a table with a unique key on the event id, written in
# the same transaction as the event's effect. A set is enough to show the rule.
applied = set()


def mask(resident_id):
    return resident_id[:3] + "*" * 11 + resident_id[14:] if isinstance(resident_id, str) and len(resident_id) == 18 else resident_id


connection = pika.BlockingConnection(pika.URLParameters(url))
channel = connection.channel()
channel.exchange_declare("civil-affairs.events", passive=True)  # passive: you may not (re)declare it
channel.queue_declare(queue, durable=True, arguments={"x-queue-type": "quorum"})
channel.queue_bind(queue, "civil-affairs.events", "civil-registration.death.registered.*")
channel.basic_qos(prefetch_count=50)


def on_event(ch, method, properties, body):
    event = json.loads(body)
    if event["id"] not in applied:
        data = event.get("data", {})
        print(f"{event['type']} {event['id']} {mask(data.get('residentId'))} {data.get('dateOfDeath')}", flush=True)  # your work here
        applied.add(event["id"])  # remember the id with the work, in one transaction
    ch.basic_ack(method.delivery_tag)  # ack only after your commit
    if stop_after and len(applied) >= stop_after:
        ch.stop_consuming()


channel.basic_consume(queue, on_event, auto_ack=False)
channel.start_consuming()
connection.close()
