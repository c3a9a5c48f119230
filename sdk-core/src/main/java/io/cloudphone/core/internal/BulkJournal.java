package io.cloudphone.core.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudphone.core.Clock;
import io.cloudphone.core.JobStatus;
import io.cloudphone.core.bulk.ItemOutcome;
import io.cloudphone.core.bulk.ItemResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The append-only journal of one bulk operation, one JSON object a line: the operation's kind and inputs once,
 * then each request as it is about to be sent, each answer, each final outcome. Every line reaches the disk
 * ({@link FileChannel#force}) before the caller hears of what it records, so a crash loses nothing that was
 * reported; a last line cut short by the crash is ignored when read and cut off before appending.
 */
public final class BulkJournal {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path path;
  private final Clock clock;

  private BulkJournal(Path path, Clock clock) {
    this.path = path;
    this.clock = clock;
  }

  /**
   * Creates a new journal at {@code path} and writes the operation's header.
   *
   * @throws IllegalArgumentException when a file already exists there (resume it, or choose another path)
   * @throws UncheckedIOException when it cannot be written
   */
  public static BulkJournal create(Path path, Clock clock, BulkPlan plan, List<String> distinctIds) {
    if (Files.exists(path)) {
      throw new IllegalArgumentException("journal " + path + " already exists: resume it or choose another path");
    }
    BulkJournal journal = new BulkJournal(path, clock);
    ObjectNode header = journal.line("operation").put("kind", plan.kind()).put("name", plan.name())
        .put("repeatable", plan.repeatable());
    ObjectNode params = header.putObject("params");
    plan.params().forEach(params::put);
    ArrayNode ids = header.putArray("ids");
    distinctIds.forEach(ids::add);
    journal.write(header, true);
    return journal;
  }

  /** Opens an existing journal for appending after {@code record} was read, cutting off a torn last line. */
  public static BulkJournal reopen(Path path, Clock clock, JournalRecord record) {
    try (FileChannel channel = FileChannel.open(path, StandardOpenOption.WRITE)) {
      if (channel.size() > record.validLength()) {
        channel.truncate(record.validLength());
        channel.force(true);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot reopen bulk journal " + path, e);
    }
    BulkJournal journal = new BulkJournal(path, clock);
    journal.append(journal.line("resumed"));
    return journal;
  }

  /** Where it is written. */
  public Path path() {
    return path;
  }

  /** Records that a request for {@code ids} is about to be sent. */
  public void sent(Collection<String> ids) {
    ObjectNode line = line("sent");
    ArrayNode array = line.putArray("ids");
    ids.forEach(array::add);
    append(line);
  }

  /** Records the provider's answer to one request, an item per id. */
  public void answered(Collection<ItemResult> items) {
    append(items(line("answer"), items));
  }

  /** Records items that reached their final outcome (or were settled without a request). */
  public void finished(Collection<ItemResult> items) {
    if (!items.isEmpty()) {
      append(items(line("outcome"), items));
    }
  }

  /** Records that the caller cancelled: the ids not sent yet stay unsent, for a resumed run to send. */
  public void cancelled() {
    append(line("cancelled"));
  }

  private ObjectNode line(String type) {
    return JSON.createObjectNode().put("type", type).put("at", clock.instant().toString());
  }

  private static ObjectNode items(ObjectNode line, Collection<ItemResult> items) {
    ArrayNode array = line.putArray("items");
    for (ItemResult item : items) {
      ObjectNode node = array.addObject().put("id", item.id()).put("outcome", item.outcome().name());
      item.jobId().ifPresent(value -> node.put("jobId", value));
      item.jobStatus().ifPresent(value -> node.put("jobStatus", value.name()));
      item.errorCode().ifPresent(value -> node.put("errorCode", value));
      item.errorMessage().ifPresent(value -> node.put("errorMessage", value));
      item.output().ifPresent(value -> node.put("output", value));
    }
    return line;
  }

  private void append(ObjectNode line) {
    write(line, false);
  }

  /**
   * Writes one line and forces it to disk; {@code create} makes the file, readable by its owner only where the
   * file system can say so (it holds the operation's inputs).
   */
  private synchronized void write(ObjectNode line, boolean create) {
    byte[] bytes;
    try {
      bytes = (JSON.writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot encode a journal line", e);
    }
    Set<StandardOpenOption> options = create ? Set.of(StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW)
        : Set.of(StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    FileAttribute<?>[] attributes = create && path.getFileSystem().supportedFileAttributeViews().contains("posix")
        ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
        : new FileAttribute<?>[0];
    try (FileChannel channel = FileChannel.open(path, options, attributes)) {
      ByteBuffer buffer = ByteBuffer.wrap(bytes);
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
      channel.force(false);
    } catch (FileAlreadyExistsException e) {
      throw new IllegalArgumentException("journal " + path + " already exists: resume it or choose another path", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write bulk journal " + path, e);
    }
  }

  /**
   * Reads a journal: the header, then for each id the last thing known of it. A last line that does not parse
   * (torn by a crash) is ignored.
   *
   * @throws IllegalArgumentException when the file has no header or an earlier line is not a journal line
   * @throws UncheckedIOException when it cannot be read
   */
  public static JournalRecord read(Path path) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bulk journal " + path, e);
    }
    List<JsonNode> lines = new ArrayList<>();
    long valid = 0;
    int start = 0;
    int number = 0;
    while (start < bytes.length) {
      int end = start;
      while (end < bytes.length && bytes[end] != '\n') {
        end++;
      }
      number++;
      boolean complete = end < bytes.length;
      JsonNode node = complete ? parse(bytes, start, end) : null;
      if (node == null) {
        if (!complete) {
          break; // torn by a crash: the write never finished, so nothing was reported of it
        }
        throw new IllegalArgumentException("bulk journal " + path + " line " + number + " is not a journal line");
      }
      lines.add(node);
      valid = end + 1;
      start = end + 1;
    }
    if (lines.isEmpty() || !"operation".equals(lines.get(0).path("type").asText())) {
      throw new IllegalArgumentException("bulk journal " + path + " does not start with its operation"
          + (lines.isEmpty() ? " (it is empty: the run stopped before its first request, so nothing was sent)" : ""));
    }
    return replay(lines, valid);
  }

  private static JsonNode parse(byte[] bytes, int start, int end) {
    try {
      JsonNode node = JSON.readTree(new String(bytes, start, end - start, StandardCharsets.UTF_8));
      return node != null && node.isObject() && node.hasNonNull("type") ? node : null;
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  private static JournalRecord replay(List<JsonNode> lines, long valid) {
    JsonNode header = lines.get(0);
    Map<String, String> params = new LinkedHashMap<>();
    header.path("params").fields().forEachRemaining(field -> params.put(field.getKey(), field.getValue().asText()));
    List<String> ids = new ArrayList<>();
    header.path("ids").forEach(id -> ids.add(id.asText()));
    Map<String, JournalRecord.IdState> states = new LinkedHashMap<>();
    for (JsonNode line : lines.subList(1, lines.size())) {
      switch (line.path("type").asText()) {
        case "sent" -> {
          Optional<Instant> at = text(line, "at").flatMap(BulkJournal::instant);
          line.path("ids").forEach(id -> states.put(id.asText(),
              new JournalRecord.IdState(true, Optional.empty(), at)));
        }
        case "answer", "outcome" -> line.path("items").forEach(item -> {
          ItemResult result = item(item);
          if (result.outcome() != ItemOutcome.NOT_ATTEMPTED) {
            states.put(result.id(), new JournalRecord.IdState(true, Optional.of(result)));
          }
        });
        default -> { } // cancelled, resumed: for humans
      }
    }
    return new JournalRecord(header.path("kind").asText(), header.path("name").asText(), params, ids,
        header.path("repeatable").asBoolean(false), states, valid);
  }

  private static ItemResult item(JsonNode node) {
    return ItemResult.builder().id(node.path("id").asText())
        .outcome(ItemOutcome.valueOf(node.path("outcome").asText()))
        .jobId(text(node, "jobId"))
        .jobStatus(text(node, "jobStatus").map(JobStatus::valueOf))
        .errorCode(text(node, "errorCode"))
        .errorMessage(text(node, "errorMessage"))
        .output(text(node, "output"))
        .build();
  }

  private static Optional<Instant> instant(String text) {
    try {
      return Optional.of(Instant.parse(text));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> text(JsonNode node, String field) {
    return node.hasNonNull(field) ? Optional.of(node.get(field).asText()) : Optional.empty();
  }

  @Override
  public String toString() {
    return "BulkJournal[" + path + "]";
  }
}
