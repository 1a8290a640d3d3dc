// Java 17 with the RabbitMQ Java client (com.rabbitmq:amqp-client, or Debian's
// librabbitmq-client-java); any AMQP 0-9-1 client works the same way. Run as a single file:
//   AMQP_URL=amqp://integrator:<password>@broker.example:5672 \
//     java -cp amqp-client.jar:slf4j-api.jar Consumer.java
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.DeliverCallback;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class Consumer {
  // A JSON library (Jackson, Gson) reads the envelope in a real consumer; a pattern keeps this file dependency-free.
  private static String field(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
    return m.find() ? m.group(1) : null;
  }

  private static String mask(String residentId) {
    return residentId != null && residentId.length() == 18 ? residentId.substring(0, 3) + "*".repeat(11) + residentId.substring(14) : residentId;
  }

  public static void main(String[] args) throws Exception {
    String url = System.getenv().getOrDefault("AMQP_URL", "amqp://integrator:<password>@broker.example:5672");
    String queue = System.getenv().getOrDefault("QUEUE", "integrator.public-security.deaths");
    int stopAfter = Integer.parseInt(System.getenv().getOrDefault("STOP_AFTER", "0")); // for a trial run

    // Your idempotency store: in production a table with a unique key on the event id, written in
    // the same transaction as the event's effect. A set is enough to show the rule.
    Set<String> applied = new HashSet<>();
    CountDownLatch done = new CountDownLatch(1);

    ConnectionFactory factory = new ConnectionFactory();
    factory.setUri(url);
    Connection connection = factory.newConnection();
    Channel channel = connection.createChannel();
    channel.exchangeDeclarePassive("civil-affairs.events"); // passive: you may not (re)declare it
    channel.queueDeclare(queue, true, false, false, Map.of("x-queue-type", "quorum"));
    channel.queueBind(queue, "civil-affairs.events", "civil-registration.death.registered.*");
    channel.basicQos(50);
    DeliverCallback onEvent = (tag, delivery) -> {
      String json = new String(delivery.getBody(), StandardCharsets.UTF_8);
      String id = field(json, "id");
      if (!applied.contains(id)) {
        System.out.println(field(json, "type") + " " + id + " " + mask(field(json, "residentId")) + " " + field(json, "dateOfDeath")); // your work here
        applied.add(id); // remember the id with the work, in one transaction
      }
      channel.basicAck(delivery.getEnvelope().getDeliveryTag(), false); // ack only after your commit
      if (stopAfter > 0 && applied.size() >= stopAfter) done.countDown();
    };
    channel.basicConsume(queue, false, onEvent, tag -> done.countDown());
    done.await();
    connection.close();
  }
}
