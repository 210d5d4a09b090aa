package io.guanxi.customer;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Entries newest first, and where the next (older) page starts; {@code next} is null on
 * the last page.
 */
public record TimelinePage(List<TimelineEntry> items, @Nullable TimelineCursor next) {

}
