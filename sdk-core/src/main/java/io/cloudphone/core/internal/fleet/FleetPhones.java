package io.cloudphone.core.internal.fleet;

import io.cloudphone.core.CloudPhoneClient;
import io.cloudphone.core.Paged;
import io.cloudphone.core.Phone;
import io.cloudphone.core.PhoneFilter;
import io.cloudphone.core.Phones;
import io.cloudphone.core.bulk.BulkOperation;
import io.cloudphone.core.bulk.BulkOptions;
import io.cloudphone.core.bulk.ProgressListener;
import io.cloudphone.core.internal.BulkJournal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/** The phones of every member of a fleet: listings walk the members, bulk operations route ids to them. */
public final class FleetPhones implements Phones {
  private final FleetContext fleet;
  private final FleetRouter router;

  /** The phones of {@code fleet}'s members. */
  public FleetPhones(FleetContext fleet) {
    this.fleet = fleet;
    this.router = new FleetRouter(fleet);
  }

  @Override
  public Paged<Phone> list(PhoneFilter filter) {
    Objects.requireNonNull(filter, "filter");
    List<Map.Entry<String, Supplier<Paged<Phone>>>> sources = new ArrayList<>();
    fleet.members().forEach((name, member) -> sources.add(Map.entry(name, () -> member.phones().list(filter))));
    return new FleetPaged<>("phones", sources, fleet.listing(), this::stamp);
  }

  private Phone stamp(Phone phone, String member) {
    fleet.index().record(Kind.PHONE, phone.id(), member);
    return Phone.builder().from(phone).member(member).build();
  }

  @Override
  public Phone get(String phoneId) {
    Objects.requireNonNull(phoneId, "phoneId");
    FleetLookup.Found<Phone> found = FleetLookup.find(fleet, Kind.PHONE, phoneId, FleetPhones::read);
    return stamp(found.value(), found.member());
  }

  private static Phone read(CloudPhoneClient member, String phoneId) {
    return member.phones().get(phoneId);
  }

  @Override
  public BulkOperation start(Collection<String> phoneIds, BulkOptions options) {
    return bulk("start phones", phoneIds, options, (phones, ids, o) -> phones.start(ids, o));
  }

  @Override
  public BulkOperation stop(Collection<String> phoneIds, BulkOptions options) {
    return bulk("stop phones", phoneIds, options, (phones, ids, o) -> phones.stop(ids, o));
  }

  @Override
  public BulkOperation restart(Collection<String> phoneIds, BulkOptions options) {
    return bulk("restart phones", phoneIds, options, (phones, ids, o) -> phones.restart(ids, o));
  }

  @Override
  public BulkOperation reset(Collection<String> phoneIds, BulkOptions options) {
    return bulk("reset phones", phoneIds, options, (phones, ids, o) -> phones.reset(ids, o));
  }

  @Override
  public void rename(String phoneId, String newName) {
    Objects.requireNonNull(phoneId, "phoneId");
    Objects.requireNonNull(newName, "newName");
    String member = FleetLookup.find(fleet, Kind.PHONE, phoneId, FleetPhones::read).member();
    fleet.member(member).phones().rename(phoneId, newName);
  }

  @Override
  public BulkOperation runShellCommand(Collection<String> phoneIds, String command, BulkOptions options) {
    Objects.requireNonNull(command, "command");
    return bulk("run shell command", phoneIds, options, (phones, ids, o) -> phones.runShellCommand(ids, command, o));
  }

  /** Installs the app on each phone; {@code source} is passed to every member as it is (see {@link Phones}). */
  @Override
  public BulkOperation installApp(Collection<String> phoneIds, String source, BulkOptions options) {
    Objects.requireNonNull(source, "source");
    return bulk("install app", phoneIds, options, (phones, ids, o) -> phones.installApp(ids, source, o));
  }

  /** Pushes the file to each phone; {@code source} is passed to every member as it is (see {@link Phones}). */
  @Override
  public BulkOperation pushFile(Collection<String> phoneIds, String source, String targetPath,
      BulkOptions options) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(targetPath, "targetPath");
    return bulk("push file", phoneIds, options, (phones, ids, o) -> phones.pushFile(ids, source, targetPath, o));
  }

  private BulkOperation bulk(String name, Collection<String> phoneIds, BulkOptions options, PartCall call) {
    Objects.requireNonNull(phoneIds, "phoneIds");
    Objects.requireNonNull(options, "options");
    FleetRouter.Routing routing = router.route(phoneIds, Kind.PHONE, FleetPhones::read);
    return new FleetBulkOperation(name, routing, options.listener(), fleet.index()).start((member, ids, progress) ->
        call.start(fleet.member(member).phones(), ids, memberOptions(options, member, progress)));
  }

  /**
   * Resumes a fleet operation journaled with {@code BulkOptions.journal(path)}: each member kept its own journal
   * beside it ({@code <path>.<member>}), and each member found there resumes its part; the result accounts for
   * every id of every member journal exactly once.
   *
   * @throws IllegalArgumentException when no member journal exists beside {@code journal}
   */
  @Override
  public BulkOperation resume(Path journal, BulkOptions options) {
    Objects.requireNonNull(journal, "journal must not be null");
    Objects.requireNonNull(options, "options must not be null");
    Map<String, List<String>> parts = new LinkedHashMap<>();
    for (String member : fleet.members().keySet()) {
      Path own = memberJournal(journal, member);
      if (Files.exists(own)) {
        parts.put(member, BulkJournal.read(own).ids());
      }
    }
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("no member journal beside " + journal + " (expected "
          + journal.getFileName() + ".<member>)");
    }
    List<String> ids = parts.values().stream().flatMap(List::stream).toList();
    FleetRouter.Routing routing = new FleetRouter.Routing(ids, parts, Map.of());
    BulkOptions plain = BulkOptions.builder().from(options).journal(Optional.empty()).build();
    return new FleetBulkOperation("resume", routing, options.listener(), fleet.index()).start((member, part, progress) ->
        fleet.member(member).phones().resume(memberJournal(journal, member),
            BulkOptions.builder().from(plain).listener(progress).build()));
  }

  /** One member's options: the caller's, with the fleet's progress listener and a journal of its own. */
  private static BulkOptions memberOptions(BulkOptions options, String member, ProgressListener progress) {
    BulkOptions.Builder own = BulkOptions.builder().from(options).listener(progress);
    options.journal().ifPresent(path -> own.journal(memberJournal(path, member)));
    return own.build();
  }

  /** Where a member journals its part of a fleet operation journaled at {@code path}. */
  static Path memberJournal(Path path, String member) {
    return path.resolveSibling(path.getFileName() + "." + member);
  }

  /** Starts one member's part. */
  @FunctionalInterface
  private interface PartCall {
    BulkOperation start(Phones phones, List<String> ids, BulkOptions options);
  }
}
