package io.cloudphone.core;

/** The order in which a {@link CloudPhoneFleet} lists its members' items. */
public enum FleetListing {
  /** Every page of the first member, then every page of the next one, in the order the members were added. */
  SEQUENTIAL,
  /** One page of each member in turn, round-robin, until every member has no more pages. */
  INTERLEAVED
}
